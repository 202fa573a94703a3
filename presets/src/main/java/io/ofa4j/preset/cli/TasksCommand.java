package io.ofa4j.preset.cli;

import io.ofa4j.planner.Planner;
import io.ofa4j.planner.plan.SlotPlan;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.planner.print.Json;
import io.ofa4j.planner.spi.Side;
import io.ofa4j.task.catalog.TaskCatalog;
import io.ofa4j.task.catalog.TaskCatalog.CatalogTask;
import io.ofa4j.task.catalog.TaskSpec;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ofa4j tasks [--json]}: the task catalog, one line per task: modalities in -> out (from
 * the plan), dataset formats, metrics, synthetic generator with its sizes, and whether the task is
 * trainable or planned only.
 */
@Command(name = "tasks", mixinStandardHelpOptions = true,
    description = "List the task catalog: modalities, formats, metrics, synthetic data.")
final class TasksCommand implements Callable<Integer> {

  @Option(names = "--json", description = "Print the catalog as JSON.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CatalogTask t : TaskCatalog.load(Planner.builtIn()).tasks()) {
      rows.add(row(t));
    }
    if (json) {
      out.println(Json.write(rows));
    } else {
      out.printf("%-20s %-22s %-26s %-35s %-34s %s%n", "TASK", "MODALITIES", "FORMATS", "METRICS",
          "SYNTHETIC (train/validation)", "STATUS");
      for (Map<String, Object> r : rows) {
        out.printf("%-20s %-22s %-26s %-35s %-34s %s%n", r.get("name"),
            r.get("inputs") + " -> " + r.get("outputs"), String.join(",", strings(r.get("formats"))),
            String.join(",", strings(r.get("metrics"))), synthetic(r), r.get("status"));
      }
    }
    out.flush();
    return 0;
  }

  /** One task as a JSON-ready map. */
  static Map<String, Object> row(CatalogTask t) {
    TaskSpec s = t.spec();
    TaskPlan plan = t.plan().template(1);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("name", s.name());
    r.put("title", s.title());
    r.put("inputs", modalities(plan, Side.SOURCE));
    r.put("outputs", modalities(plan, Side.TARGET));
    r.put("formats", s.formats());
    r.put("metrics", s.metrics());
    if (s.synthetic() != null) {
      Map<String, Object> syn = new LinkedHashMap<>();
      syn.put("generator", s.synthetic().generator());
      syn.put("train", s.synthetic().train());
      syn.put("validation", s.synthetic().validation());
      r.put("synthetic", syn);
    }
    r.put("baseline", s.baseline());
    r.put("status", s.trainable() ? "trainable" : "planned only");
    return r;
  }

  /** Distinct modalities of one side, in order of appearance, joined by '+'. */
  private static String modalities(TaskPlan plan, Side side) {
    LinkedHashSet<String> m = new LinkedHashSet<>();
    for (SlotPlan s : plan.slots(side)) {
      if (side == Side.SOURCE || s.generated()) {
        m.add(s.modality());
      }
    }
    return String.join("+", m);
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object o) {
    return (List<String>) o;
  }

  @SuppressWarnings("unchecked")
  private static String synthetic(Map<String, Object> r) {
    Map<String, Object> s = (Map<String, Object>) r.get("synthetic");
    return s == null ? "-" : s.get("generator") + " (" + s.get("train") + "/" + s.get("validation") + ")";
  }
}
