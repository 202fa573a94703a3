package io.ofa4j.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.instruction.diagnostic.Severity;
import io.ofa4j.planner.plan.Layout;
import io.ofa4j.planner.print.PlanJson;
import io.ofa4j.planner.print.PlanPrinter;

/**
 * The property fuzzing checks: any input either plans (and prints) or yields at least one error
 * diagnostic with a valid position; nothing else may be thrown.
 */
final class FuzzChecks {

  private static final Planner PLANNER = Planner.builtIn();

  private FuzzChecks() {}

  static void check(String input) {
    for (Layout layout : Layout.values()) {
      PlanOutcome outcome = PLANNER.check(input, layout);
      if (outcome.ok()) {
        assertThat(PlanPrinter.print(outcome.plan())).isNotEmpty();
        assertThat(PlanJson.json(outcome.plan())).startsWith("{");
      } else {
        assertThat(outcome.diagnostics()).anyMatch(d -> d.severity() == Severity.ERROR);
        outcome.diagnostics().forEach(d -> assertThat(d.span().line()).isPositive());
        PlanningException e = new PlanningException(input, outcome.diagnostics());
        assertThat(e.getMessage()).startsWith("line ");
      }
    }
  }
}
