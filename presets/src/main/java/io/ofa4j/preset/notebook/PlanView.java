package io.ofa4j.preset.notebook;

import static java.util.Objects.requireNonNull;

import io.ofa4j.instruction.DiagnosticRenderer;
import io.ofa4j.planner.PlanOutcome;
import io.ofa4j.planner.Planner;
import io.ofa4j.planner.plan.InstructionPlan;
import io.ofa4j.planner.plan.Layout;
import io.ofa4j.planner.print.PlanPrinter;
import io.ofa4j.preset.report.Html;

/**
 * The outcome of planning one named instruction, for showing in a notebook: the plan printout
 * when it planned, else every diagnostic drawn under the instruction with carets (rustc layout,
 * {@link DiagnosticRenderer}). Planning never throws here, so a cell can show a broken
 * instruction next to a good one.
 *
 * @param task task name, shown as the diagnostics' origin ({@code --> task caption 1:2})
 * @param outcome what the planner returned
 */
public record PlanView(String task, PlanOutcome outcome) {
  public PlanView {
    requireNonNull(task, "task is null");
    requireNonNull(outcome, "outcome is null");
    requireNonNull(outcome.source(), "outcome.source is null (plan from text, not a built tree)");
  }

  /** Plans {@code instruction} with the built-in modalities and the chat layout. */
  public static PlanView of(String task, String instruction) {
    return of(Planner.builtIn(), task, instruction, Layout.CHAT);
  }

  /** Plans {@code instruction} with {@code planner} and {@code layout}. */
  public static PlanView of(Planner planner, String task, String instruction, Layout layout) {
    requireNonNull(planner, "planner is null");
    return new PlanView(task, planner.check(requireNonNull(instruction, "instruction is null"),
        requireNonNull(layout, "layout is null")));
  }

  /** Whether the instruction planned without errors. */
  public boolean ok() {
    return outcome.ok();
  }

  /** The plan; throws the planning exception (every diagnostic) when it did not plan. */
  public InstructionPlan plan() {
    return outcome.orThrow();
  }

  /** The plan printout, or the rendered diagnostics with carets. */
  @Override
  public String toString() {
    String head = "task " + task + ": ";
    if (outcome.ok()) {
      return head + "planned\n" + PlanPrinter.print(outcome.plan());
    }
    return head + "NOT planned\n" + new DiagnosticRenderer("task " + task)
        .render(outcome.source(), outcome.diagnostics()) + "\n";
  }

  /** {@link #toString()} in a {@code <pre>} block (carets need a fixed-width font). */
  public String toHtml() {
    return "<pre>" + Html.escape(toString()) + "</pre>";
  }
}
