package io.ofa4j.preset.recipe;

import io.ofa4j.planner.Planner;
import io.ofa4j.preset.config.Location;
import io.ofa4j.preset.config.PresetException;
import io.ofa4j.preset.config.PresetResolver;
import io.ofa4j.preset.config.Problems;
import io.ofa4j.preset.config.RecordBinder;
import io.ofa4j.preset.config.YamlNode;
import io.ofa4j.task.catalog.TaskCatalog;
import io.ofa4j.task.registry.ReaderRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads a preset by shipped name or path: inheritance, overrides, references, binding, and the
 * checks against the task catalog and the planner, reporting every problem at once as a
 * {@link io.ofa4j.preset.config.PresetException} (render it with
 * {@link io.ofa4j.preset.config.ProblemRenderer} and {@link Loaded#sources()}).
 */
public final class PresetLoader {
  private static final ReaderRegistry READERS = ReaderRegistry.builtIn();
  private final TaskCatalog catalog;
  private final Planner planner;

  /** A loader checking tasks against {@code catalog} and instructions with {@code planner}. */
  public PresetLoader(TaskCatalog catalog, Planner planner) {
    this.catalog = catalog;
    this.planner = planner;
  }

  /** A loader over the built-in modalities and the shipped catalog. */
  public static PresetLoader builtIn() {
    Planner planner = Planner.builtIn();
    return new PresetLoader(TaskCatalog.load(planner), planner);
  }

  /** A loaded preset with the text of every file read (for rendering carets into the YAML). */
  public record Loaded(Preset preset, Map<String, String> sources) {}

  /** Loads {@code nameOrPath} with {@code --set} overrides ({@code key.path=value}). */
  public Loaded load(String nameOrPath, List<String> overrides) {
    Problems problems = new Problems();
    PresetResolver resolver = new PresetResolver(problems);
    YamlNode root = resolver.resolve(nameOrPath, overrides);
    if (root == null && problems.isEmpty()) {
      problems.add(new Location(nameOrPath, 1, 1),
          "no preset named '" + nameOrPath + "' and no such file", "see 'ofa4j presets'");
    }
    Preset preset = root == null ? null : new RecordBinder(problems).bind(root, Preset.class, "");
    if (preset != null) {
      PresetChecks.check(preset, catalog, planner, taskLocations(root, preset), problems);
      DataChecks.check(preset, root, READERS, catalog, planner, problems);
    }
    if (!problems.isEmpty()) {
      throw new PresetException(problems.sorted(), resolver.sources());
    }
    return new Loaded(preset, Map.copyOf(resolver.sources()));
  }

  /** Where each task entry's name is written (the list item when it has no name key). */
  private static List<Location> taskLocations(YamlNode root, Preset preset) {
    List<Location> out = new ArrayList<>();
    YamlNode tasks = root instanceof YamlNode.MapNode m ? m.get("tasks") : null;
    for (int i = 0; i < preset.tasks().size(); i++) {
      YamlNode item = tasks instanceof YamlNode.ListNode l && i < l.items().size()
          ? l.items().get(i) : root;
      YamlNode name = item instanceof YamlNode.MapNode im ? im.get("name") : null;
      out.add(name != null ? name.location() : item.location());
    }
    return out;
  }
}
