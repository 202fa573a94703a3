package io.ofa4j.instruction.diagnostic;

import io.ofa4j.instruction.ast.SourceSpan;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in an instruction, with a stable code, its place and an optional help line.
 *
 * @param code stable error code
 * @param severity error or warning
 * @param span where in the instruction
 * @param message one sentence, naming the value found (e.g. {@code unknown modality 'IMGE'})
 * @param help a suggestion such as {@code did you mean 'IMAGE'?}, or {@code null}
 */
public record Diagnostic(
    DslErrorCode code, Severity severity, SourceSpan span, String message, String help) {
  public Diagnostic {
    Objects.requireNonNull(code, "code is null");
    Objects.requireNonNull(severity, "severity is null");
    Objects.requireNonNull(span, "span is null");
    Objects.requireNonNull(message, "message is null");
  }

  /** An error without help. */
  public static Diagnostic error(DslErrorCode code, SourceSpan span, String message) {
    return new Diagnostic(code, Severity.ERROR, span, message, null);
  }

  /** An error with a help line. */
  public static Diagnostic error(DslErrorCode code, SourceSpan span, String message, String help) {
    return new Diagnostic(code, Severity.ERROR, span, message, help);
  }

  /** A warning with an optional help line. */
  public static Diagnostic warning(DslErrorCode code, SourceSpan span, String message, String help) {
    return new Diagnostic(code, Severity.WARNING, span, message, help);
  }

  /** The help line, if any. */
  public Optional<String> optionalHelp() {
    return Optional.ofNullable(help);
  }

  /** Machine-stable one-line form: {@code line 1:2: unknown modality 'IMGE'}. */
  public String format() {
    return "line " + span.line() + ":" + span.column() + ": " + message;
  }

  /** This diagnostic with its span moved (instructions embedded in YAML). */
  public Diagnostic rebase(int baseLine, int baseColumn) {
    return new Diagnostic(code, severity, span.rebase(baseLine, baseColumn), message, help);
  }
}
