package io.ofa4j.planner.internal;

import io.ofa4j.instruction.ast.SourceSpan;
import io.ofa4j.instruction.diagnostic.Diagnostic;
import io.ofa4j.instruction.diagnostic.DslErrorCode;
import io.ofa4j.instruction.diagnostic.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects diagnostics while planning, so all of them are reported at once (airlift style). */
public final class Problems {

  /** Position order; the sort is stable, so equal positions keep the order they were found. */
  public static final Comparator<Diagnostic> BY_POSITION =
      Comparator.comparingInt((Diagnostic d) -> d.span().line())
          .thenComparingInt(d -> d.span().column());

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** Records an error. */
  public void error(DslErrorCode code, SourceSpan span, String message, String help) {
    diagnostics.add(new Diagnostic(code, Severity.ERROR, span, message, help));
  }

  /** Records a warning. */
  public void warning(DslErrorCode code, SourceSpan span, String message, String help) {
    diagnostics.add(new Diagnostic(code, Severity.WARNING, span, message, help));
  }

  /** Whether any error was recorded. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** The diagnostics, sorted by position. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> out = new ArrayList<>(diagnostics);
    out.sort(BY_POSITION);
    return List.copyOf(out);
  }
}
