package io.ofa4j.instruction.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.instruction.DiagnosticRenderer;
import io.ofa4j.instruction.InstructionFormatter;
import io.ofa4j.instruction.InstructionParser;
import io.ofa4j.instruction.Instructions;
import io.ofa4j.instruction.ParseResult;
import io.ofa4j.instruction.ast.SourceSpan;
import io.ofa4j.instruction.diagnostic.Diagnostic;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What must hold for ANY input: parsing returns (never throws), a tree exists, every diagnostic
 * points inside the text and renders, ANTLR's own wording never leaks, and an input without errors
 * survives format and re-parse unchanged. Shared by the fuzz test and the corpus replay.
 */
final class ParserInvariants {
  /** Per-input bound; real inputs take microseconds, fuzz inputs are at most a few KB. */
  static final long MAX_NANOS = 2_000_000_000L;

  private static final Pattern ANTLR_WORDING = Pattern.compile(
      "extraneous input|no viable alternative|expecting \\{|token recognition error|missing \\S+ at");

  /** The first parse loads (and under Jazzer instruments) the parser classes: not timed. */
  private static boolean warm;

  private ParserInvariants() {}

  static void check(String input) {
    long start = System.nanoTime();
    ParseResult result = InstructionParser.parse(input);
    long elapsed = System.nanoTime() - start;
    if (warm) {
      assertThat(elapsed).as("parse time in ns of %s chars", input.length()).isLessThan(MAX_NANOS);
    }
    warm = true;
    boolean inputQuotesAntlr = ANTLR_WORDING.matcher(input).find();
    assertThat(result.instruction()).as("tree").isNotNull();
    // lines end at '\n' only (as ANTLR and the renderer count them; a lone '\r' is no break)
    List<String> lines = List.of(input.split("\n", -1));
    for (Diagnostic diagnostic : result.diagnostics()) {
      if (!inputQuotesAntlr) { // messages quote the input, so only judge inputs without the words
        assertThat(ANTLR_WORDING.matcher(diagnostic.message()).find()).as(diagnostic.message()).isFalse();
      }
      SourceSpan span = diagnostic.span();
      assertThat(span.line()).as("line of %s", diagnostic).isBetween(1, lines.size());
      String line = lines.get(span.line() - 1);
      assertThat(span.column()).as("column of %s", diagnostic).isBetween(1, line.length() + 1);
    }
    assertThat(new DiagnosticRenderer("fuzz").render(result)).isNotNull();
    if (!result.hasErrors()) {
      String formatted = InstructionFormatter.format(result.instruction());
      ParseResult again = InstructionParser.parse(formatted);
      assertThat(again.errors()).as("errors after formatting %s as %s", input, formatted).isEmpty();
      assertThat(Instructions.equalIgnoringSpans(result.instruction(), again.instruction()))
          .as("round trip of %s via %s", input, formatted).isTrue();
    }
  }
}
