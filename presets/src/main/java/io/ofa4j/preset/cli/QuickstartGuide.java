package io.ofa4j.preset.cli;

import static java.util.Objects.requireNonNull;

import io.ofa4j.planner.PlanOutcome;
import io.ofa4j.planner.Planner;
import io.ofa4j.planner.plan.GeneratorPlan;
import io.ofa4j.planner.plan.Layout;
import io.ofa4j.planner.plan.SlotPlan;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.planner.print.PlanPrinter;
import io.ofa4j.planner.spi.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Plans a set of named instructions and explains each in one table row: task, inputs, target,
 * generator and the segments that carry loss. The quickstart command prints this table now and
 * will grow into the multi-task training run around it.
 */
final class QuickstartGuide {

  /** One named instruction. */
  record Task(String name, String instruction) {
    Task {
      requireNonNull(name, "name is null");
      requireNonNull(instruction, "instruction is null");
    }
  }

  /** One explained task. */
  record Row(String task, String inputs, String target, String generator, String loss,
      String problem) {}

  private final Planner planner;

  QuickstartGuide(Planner planner) {
    this.planner = requireNonNull(planner, "planner is null");
  }

  /** Plans every task; a task that fails to plan gets a row naming its first error. */
  List<Row> explain(List<Task> tasks) {
    List<Row> rows = new ArrayList<>();
    for (Task t : tasks) {
      PlanOutcome outcome = planner.check(t.instruction(), Layout.CHAT);
      if (!outcome.ok()) {
        rows.add(new Row(t.name(), "-", "-", "-", "-",
            outcome.diagnostics().get(0).format()));
        continue;
      }
      TaskPlan plan = outcome.plan().template(1);
      rows.add(new Row(t.name(), slots(plan, Side.SOURCE), slots(plan, Side.TARGET),
          generator(plan.generator()),
          plan.lossSegments().stream().map(s -> PlanPrinter.inline(plan, s))
              .collect(Collectors.joining(" ")), null));
    }
    return rows;
  }

  /** The rows as an aligned text table. */
  static String table(List<Row> rows) {
    String[] header = {"task", "inputs", "target", "generator", "loss spans"};
    List<String[]> cells = new ArrayList<>();
    cells.add(header);
    for (Row r : rows) {
      cells.add(r.problem() == null
          ? new String[] {r.task(), r.inputs(), r.target(), r.generator(), r.loss()}
          : new String[] {r.task(), "ERROR " + r.problem(), "", "", ""});
    }
    int[] width = new int[header.length];
    for (String[] c : cells) {
      for (int i = 0; i < c.length; i++) {
        width[i] = Math.max(width[i], c[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] c : cells) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < c.length; i++) {
        line.append(c[i]).append(" ".repeat(width[i] - c[i].length() + 2));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  private static String slots(TaskPlan plan, Side side) {
    List<SlotPlan> slots = plan.slots(side);
    return slots.stream().filter(s -> side == Side.SOURCE || s.generated())
        .map(s -> s.name() + ":" + s.modality()).distinct().collect(Collectors.joining(" "));
  }

  private static String generator(GeneratorPlan g) {
    if (g.parts().isEmpty()) {
      return g.kind().name();
    }
    return g.kind() + "(" + g.parts().stream().map(QuickstartGuide::generator)
        .collect(Collectors.joining(",")) + ")";
  }
}
