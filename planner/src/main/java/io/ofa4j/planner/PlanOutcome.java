package io.ofa4j.planner;

import static java.util.Objects.requireNonNull;

import io.ofa4j.instruction.diagnostic.Diagnostic;
import io.ofa4j.instruction.diagnostic.Severity;
import io.ofa4j.planner.plan.InstructionPlan;
import java.util.List;

/**
 * The non-throwing result of planning: the plan when there were no errors, and every diagnostic
 * (syntax and semantic, errors and warnings) sorted by position.
 *
 * @param source the instruction text, or {@code null} for a built tree
 * @param plan the plan, or {@code null} when there were errors
 * @param diagnostics all diagnostics
 */
public record PlanOutcome(String source, InstructionPlan plan, List<Diagnostic> diagnostics) {
  public PlanOutcome {
    diagnostics = List.copyOf(requireNonNull(diagnostics, "diagnostics is null"));
    boolean errors = diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    if (errors == (plan != null)) {
      throw new IllegalArgumentException(
          "an outcome has a plan exactly when it has no errors (errors: " + errors + ")");
    }
  }

  /** Whether the instruction planned without errors. */
  public boolean ok() {
    return plan != null;
  }

  /**
   * The plan.
   *
   * @throws PlanningException carrying every diagnostic when there were errors
   */
  public InstructionPlan orThrow() {
    if (plan == null) {
      throw new PlanningException(source, diagnostics);
    }
    return plan;
  }
}
