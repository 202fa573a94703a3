package io.ofa4j.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.planner.plan.InstructionPlan;
import io.ofa4j.planner.print.PlanPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The printed plan of each shipped OFASys instruction equals its golden file. Regenerate with
 * {@code -Dofa4j.updateGolden=true} after an intended change and review the diff.
 */
class GoldenPlanTest {

  private static final Path GOLDEN = Path.of("src/test/resources/io/ofa4j/planner/golden");
  private static final boolean UPDATE = Boolean.getBoolean("ofa4j.updateGolden");

  private final Planner planner = Planner.builtIn();

  @Test
  void thirtyInstructionsAreShipped() {
    assertThat(ShippedInstructions.load()).hasSize(30);
  }

  @TestFactory
  Stream<DynamicTest> everyShippedInstructionMatchesItsGoldenPlan() {
    return ShippedInstructions.load().stream().map(e -> DynamicTest.dynamicTest(
        e.goldenName(), () -> {
          InstructionPlan plan = planner.plan(e.instruction());
          String printed = PlanPrinter.print(plan);
          Path file = GOLDEN.resolve(e.goldenName());
          if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, printed, StandardCharsets.UTF_8);
          }
          assertThat(file).as("golden file (run with -Dofa4j.updateGolden=true)").exists();
          assertThat(printed).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        }));
  }

  @Test
  void noStaleGoldenFiles() throws IOException {
    List<String> expected = ShippedInstructions.load().stream()
        .map(ShippedInstructions.Entry::goldenName).toList();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }
}
