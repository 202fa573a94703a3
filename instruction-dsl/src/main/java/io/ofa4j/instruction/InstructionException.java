package io.ofa4j.instruction;

import io.ofa4j.instruction.diagnostic.Diagnostic;
import io.ofa4j.instruction.diagnostic.Severity;
import java.util.List;
import java.util.Objects;

/**
 * A syntactically invalid instruction. {@link #getMessage()} is machine-stable and reads like
 * Trino's {@code ParsingException}: {@code line 1:2: unknown modality 'IMGE'} for the first
 * error; {@link #diagnostics()} has every problem; {@link DiagnosticRenderer} draws them.
 */
public final class InstructionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final transient List<Diagnostic> diagnostics;
  private final transient Diagnostic first;

  /**
   * An exception for {@code source} with at least one error in {@code diagnostics}.
   *
   * @param source the instruction text
   * @param diagnostics all diagnostics (errors and warnings), at least one error
   */
  public InstructionException(String source, List<Diagnostic> diagnostics) {
    super(firstError(diagnostics).format());
    this.source = Objects.requireNonNull(source, "source is null");
    this.diagnostics = List.copyOf(diagnostics);
    this.first = firstError(diagnostics);
  }

  private static Diagnostic firstError(List<Diagnostic> diagnostics) {
    Objects.requireNonNull(diagnostics, "diagnostics is null");
    return diagnostics.stream()
        .filter(d -> d.severity() == Severity.ERROR)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "an InstructionException needs at least one error, got " + diagnostics));
  }

  /** The instruction text. */
  public String source() {
    return source;
  }

  /** Every diagnostic, errors and warnings, in source order. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The first error's message without its position. */
  public String getErrorMessage() {
    return first.message();
  }

  /** 1-based line of the first error. */
  public int getLineNumber() {
    return first.span().line();
  }

  /** 1-based column of the first error. */
  public int getColumnNumber() {
    return first.span().column();
  }
}
