package io.ofa4j.preset.cli;

import io.ofa4j.planner.print.Json;
import io.ofa4j.preset.config.PresetException;
import io.ofa4j.preset.recipe.Preset;
import io.ofa4j.preset.recipe.PresetLoader;
import io.ofa4j.preset.recipe.ShippedPresets;
import io.ofa4j.preset.recipe.TaskEntry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ofa4j presets [NAME|FILE] [--set k=v]... [--json]}: lists the shipped presets, or loads
 * and validates one (all problems at once, with carets into the YAML; exit code 2).
 */
@Command(name = "presets", mixinStandardHelpOptions = true,
    description = "List the shipped presets, or validate and show one (by name or file).")
final class PresetsCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME|FILE",
      description = "A shipped preset name or a YAML file to validate and show.")
  String preset;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a value, e.g. trainer.steps=500.")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PresetLoader loader = PresetLoader.builtIn();
    if (preset == null) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (String name : ShippedPresets.names()) {
        Preset p = loader.load(name, name.equals("qwen2-sft")
            ? List.of("model.checkpoint=CHECKPOINT", "tasks.0.data.path=DATA") : List.of()).preset();
        rows.add(summary(p));
      }
      if (json) {
        rows.forEach(r -> out.println(Json.write(r)));
      } else {
        out.printf("%-22s %-6s %-6s %s%n", "PRESET", "TASKS", "STEPS", "DESCRIPTION");
        rows.forEach(r -> out.printf("%-22s %-6s %-6s %s%n", r.get("name"),
            ((List<?>) r.get("tasks")).size(), r.get("steps"), r.get("description")));
      }
      return 0;
    }
    try {
      PresetLoader.Loaded loaded = loader.load(preset, overrides);
      Map<String, Object> s = summary(loaded.preset());
      out.println(json ? Json.write(s) : "preset " + s.get("name") + ": " + s.get("description")
          + "\n  tasks: " + s.get("tasks") + "\n  steps: " + s.get("steps") + "\n  model: "
          + loaded.preset().model() + "\n  trainer: " + loaded.preset().trainer());
      return 0;
    } catch (PresetException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.print(e.render());
      err.println(e.problems().size() + " problem(s) in preset " + preset);
      return Main.EXIT_INVALID_INPUT;
    }
  }

  private static Map<String, Object> summary(Preset p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("description", p.description());
    m.put("tasks", p.tasks().stream().map(TaskEntry::name).toList());
    m.put("steps", p.trainer().steps());
    return m;
  }
}
