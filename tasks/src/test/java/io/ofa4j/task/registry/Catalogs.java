package io.ofa4j.task.registry;

import io.ofa4j.planner.Planner;
import io.ofa4j.planner.plan.SlotPlan;
import io.ofa4j.task.catalog.TaskCatalog;
import io.ofa4j.task.catalog.TaskCatalog.CatalogTask;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Shared fixtures of the registry tests: the catalog, loaded once. */
final class Catalogs {
  static final TaskCatalog CATALOG = TaskCatalog.load(Planner.builtIn());
  static final SyntheticTasks SYNTHETIC = SyntheticTasks.builtIn();
  /** Generators whose examples need espeak-ng or ffmpeg. */
  static final Set<String> EXTERNAL_TOOLS = Set.of("speech_asr", "video_classification",
      "video_caption", "video_qa");

  private Catalogs() {}

  static List<CatalogTask> trainable() {
    return CATALOG.tasks().stream().filter(t -> t.spec().trainable()).toList();
  }

  /** The distinct slot names of a task's first template. */
  static Set<String> slotNames(CatalogTask t) {
    Set<String> out = new TreeSet<>();
    t.plan().template(1).slots().stream().map(SlotPlan::name).forEach(out::add);
    return out;
  }

  static CatalogTask task(String name) {
    return CATALOG.find(name).orElseThrow();
  }

  static boolean onPath(String program) {
    try {
      Process p = new ProcessBuilder(program, "-version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      p.waitFor();
      return true;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
