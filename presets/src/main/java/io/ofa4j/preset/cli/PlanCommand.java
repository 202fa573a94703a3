package io.ofa4j.preset.cli;

import io.ofa4j.instruction.DiagnosticRenderer;
import io.ofa4j.planner.PlanOutcome;
import io.ofa4j.planner.Planner;
import io.ofa4j.planner.plan.InstructionPlan;
import io.ofa4j.planner.plan.Layout;
import io.ofa4j.planner.print.Json;
import io.ofa4j.planner.print.PlanJson;
import io.ofa4j.planner.print.PlanPrinter;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ofa4j plan "<instruction>"}: prints the task plan of an instruction, or its diagnostics
 * (rendered with carets, on stderr, exit code 2).
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Plan one instruction and print the plan (sequence, slots, generator, loss).")
final class PlanCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "INSTRUCTION", description = "The one-line instruction.")
  String instruction;

  @Option(names = "--json", description = "Print the plan as JSON.")
  boolean json;

  @Option(names = "--layout", paramLabel = "chat|plain", defaultValue = "chat",
      description = "Sequence layout (default: ${DEFAULT-VALUE}).")
  String layout;

  @Option(names = "--template", paramLabel = "N",
      description = "Print only template N (1-based) of a multi-template instruction.")
  Integer template;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PlanOutcome outcome = Planner.builtIn().check(instruction, Layout.parse(layout));
    if (!outcome.ok()) {
      err.println(new DiagnosticRenderer("instruction")
          .render(outcome.source(), outcome.diagnostics()));
      err.flush();
      return Main.EXIT_INVALID_INPUT;
    }
    InstructionPlan plan = outcome.plan();
    int selected = template == null ? 0 : template;
    if (json) {
      Map<String, Object> map = PlanJson.toMap(plan);
      if (selected != 0) {
        map.put("templates", List.of(PlanJson.template(plan.template(selected))));
      }
      out.println(Json.write(map));
    } else {
      out.print(PlanPrinter.print(plan, selected));
    }
    out.flush();
    return 0;
  }
}
