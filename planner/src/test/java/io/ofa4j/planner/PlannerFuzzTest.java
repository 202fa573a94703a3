package io.ofa4j.planner;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;

/**
 * Coverage-guided fuzzing of parser + planner ({@code JAZZER_FUZZ=1 mvn -Pfuzz test}). The saved
 * corpus in {@code PlannerFuzzTestInputs/} is replayed in the default suite by
 * {@link PlannerCorpusTest}.
 */
@Tag("fuzz")
class PlannerFuzzTest {

  @FuzzTest(maxDuration = "90s")
  void anyInputPlansOrYieldsDiagnostics(byte[] data) {
    FuzzChecks.check(new String(data, StandardCharsets.UTF_8));
  }
}
