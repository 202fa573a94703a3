package io.ofa4j.instruction.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;

/**
 * Coverage-guided fuzzing of the parser with Jazzer: {@code JAZZER_FUZZ=1 mvn -Pfuzz -pl
 * instruction-dsl test -Dtest=InstructionParserFuzzTest}. Without {@code JAZZER_FUZZ} it replays
 * the seeds in {@code InstructionParserFuzzTestInputs/fuzzParse} (regression mode). Crashers found
 * while fuzzing land in that folder too; {@link FuzzCorpusTest} replays the folder in the default
 * suite. Raw bytes are decoded as UTF-8 so seed files are plain text.
 */
@Tag("fuzz")
class InstructionParserFuzzTest {

  @FuzzTest(maxDuration = "2m")
  void fuzzParse(byte[] input) {
    ParserInvariants.check(new String(input, StandardCharsets.UTF_8));
  }
}
