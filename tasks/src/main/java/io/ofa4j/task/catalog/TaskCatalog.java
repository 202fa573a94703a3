package io.ofa4j.task.catalog;

import io.ofa4j.instruction.DiagnosticRenderer;
import io.ofa4j.planner.Planner;
import io.ofa4j.planner.PlanningException;
import io.ofa4j.planner.plan.InstructionPlan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The task catalog: every {@code io/ofa4j/task/catalog/*.yaml} on the classpath, each planned. A
 * task is added by adding its YAML file (and, for new data, its reader or generator): nothing
 * else changes. Loading plans every instruction and reports all broken tasks at once.
 */
public final class TaskCatalog {
  /** Classpath folder of the task specs. */
  public static final String FOLDER = "io/ofa4j/task/catalog/";

  private final Map<String, CatalogTask> tasks;

  private TaskCatalog(Map<String, CatalogTask> tasks) {
    this.tasks = Collections.unmodifiableMap(tasks);
  }

  /** A task with its spec and its plan. */
  public record CatalogTask(TaskSpec spec, InstructionPlan plan, String file) {}

  /** Loads and plans every shipped task with {@code planner}. */
  public static TaskCatalog load(Planner planner) {
    Map<String, CatalogTask> out = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> file : ResourceFolder.list(FOLDER, ".yaml").entrySet()) {
      try {
        TaskSpec spec = TaskSpecReader.read(file.getKey(), file.getValue());
        InstructionPlan plan = planner.plan(spec.instruction());
        if (out.putIfAbsent(spec.name(), new CatalogTask(spec, plan, file.getKey())) != null) {
          problems.add(file.getKey() + ": task name '" + spec.name() + "' is already used by "
              + out.get(spec.name()).file());
        }
      } catch (PlanningException e) {
        problems.add(file.getKey() + ": instruction does not plan:\n"
            + DiagnosticRenderer.forFile(file.getKey()).render(e.source(), e.diagnostics()));
      } catch (IllegalArgumentException e) {
        problems.add(file.getKey() + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("task catalog has problems:\n" + String.join("\n", problems));
    }
    return new TaskCatalog(out);
  }

  /** All tasks, in file-name order. */
  public List<CatalogTask> tasks() {
    return List.copyOf(tasks.values());
  }

  /** The task named {@code name}. */
  public Optional<CatalogTask> find(String name) {
    return Optional.ofNullable(tasks.get(name));
  }

  /** Task names, in order. */
  public List<String> names() {
    return List.copyOf(tasks.keySet());
  }
}
