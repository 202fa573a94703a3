package io.ofa4j.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Replays the saved fuzz corpus in the default suite: each input ends well, in bounded time. */
class PlannerCorpusTest {

  private static final Path CORPUS = Path.of(
      "src/test/resources/io/ofa4j/planner/PlannerFuzzTestInputs/anyInputPlansOrYieldsDiagnostics");

  private static List<Path> inputs() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.sorted().toList();
    }
  }

  @Test
  void corpusIsNotEmpty() throws IOException {
    assertThat(inputs()).hasSizeGreaterThanOrEqualTo(40);
  }

  @TestFactory
  Stream<DynamicTest> everyCorpusInputPlansOrYieldsDiagnostics() throws IOException {
    return inputs().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
      String input = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
      assertTimeoutPreemptively(Duration.ofSeconds(5), () -> FuzzChecks.check(input));
    }));
  }
}
