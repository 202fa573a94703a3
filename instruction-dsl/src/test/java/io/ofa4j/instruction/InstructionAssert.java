package io.ofa4j.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.instruction.ast.Instruction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Test helpers in the style of Trino's {@code ParserAssert}: parse without errors, format,
 * re-parse and compare ignoring spans.
 */
final class InstructionAssert {
  private InstructionAssert() {}

  /** Parses {@code text}, asserting it has no errors, and checks the formatter round trip. */
  static Instruction assertParsesAndRoundTrips(String text) {
    ParseResult result = InstructionParser.parse(text);
    assertThat(result.errors()).as("errors of %s", text).isEmpty();
    Instruction instruction = result.instruction();
    String formatted = InstructionFormatter.format(instruction);
    ParseResult again = InstructionParser.parse(formatted);
    assertThat(again.errors()).as("errors of formatted %s", formatted).isEmpty();
    assertThat(Instructions.withoutSpans(again.instruction()))
        .as("round trip of %s via %s", text, formatted)
        .isEqualTo(Instructions.withoutSpans(instruction));
    assertThat(InstructionFormatter.format(again.instruction())).isEqualTo(formatted);
    return instruction;
  }

  /** The 30 OFASys instructions from the shared resource file, one per line. */
  static List<String> ofasysInstructions() {
    try (InputStream in = InstructionAssert.class.getResourceAsStream("ofasys-instructions.txt")) {
      assertThat(in).as("ofasys-instructions.txt on the test classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
