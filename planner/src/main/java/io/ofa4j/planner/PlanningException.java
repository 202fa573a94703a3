package io.ofa4j.planner;

import static java.util.Objects.requireNonNull;

import io.ofa4j.instruction.diagnostic.Diagnostic;
import io.ofa4j.instruction.diagnostic.Severity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An instruction that cannot be planned. Carries every diagnostic found (syntax ones from the
 * parse first at equal positions, then semantic ones, plus warnings), sorted by position, and the
 * source text for rendering. {@link #getMessage()} is machine-stable: one {@code line L:C:
 * message} line per error.
 */
public final class PlanningException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final transient List<Diagnostic> diagnostics;

  /**
   * @param source the instruction text, or {@code null} for a built tree
   * @param diagnostics all diagnostics, at least one error
   */
  public PlanningException(String source, List<Diagnostic> diagnostics) {
    super(message(diagnostics));
    this.source = source;
    this.diagnostics = List.copyOf(diagnostics);
  }

  private static String message(List<Diagnostic> diagnostics) {
    requireNonNull(diagnostics, "diagnostics is null");
    if (diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR)) {
      throw new IllegalArgumentException("a planning exception needs at least one error");
    }
    return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR)
        .map(Diagnostic::format).collect(Collectors.joining("\n"));
  }

  /** The instruction text, or {@code null} when planned from a built tree. */
  public String source() {
    return source;
  }

  /** Every diagnostic, errors and warnings, sorted by position. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The errors only. */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
  }
}
