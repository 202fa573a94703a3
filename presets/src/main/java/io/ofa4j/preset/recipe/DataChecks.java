package io.ofa4j.preset.recipe;

import io.ofa4j.instruction.Suggestions;
import io.ofa4j.planner.Planner;
import io.ofa4j.planner.plan.SlotPlan;
import io.ofa4j.preset.config.Location;
import io.ofa4j.preset.config.Problems;
import io.ofa4j.preset.config.YamlNode;
import io.ofa4j.task.catalog.TaskCatalog;
import io.ofa4j.task.registry.FormatEntry;
import io.ofa4j.task.registry.ReaderRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks of each task's reader data section that need no file access (so a checkpoint's preset
 * still loads for {@code infer} when its data moved): the format is known, a path is given, and
 * the {@code columns} mapping names the format's slots and the instruction's slots. Each problem
 * points at the offending YAML value.
 */
public final class DataChecks {
  /** Data sources that are not reader formats but are handled elsewhere. */
  private static final List<String> SPECIAL = List.of("chatml_jsonl");

  private DataChecks() {}

  /** Checks every task of {@code preset}; {@code root} is the merged YAML it was bound from. */
  public static void check(Preset preset, YamlNode root, ReaderRegistry readers, TaskCatalog catalog,
      Planner planner, Problems problems) {
    YamlNode tasks = root instanceof YamlNode.MapNode m ? m.get("tasks") : null;
    for (int i = 0; i < preset.tasks().size(); i++) {
      TaskEntry task = preset.tasks().get(i);
      DataSection data = task.data();
      if (data.synthetic() || SPECIAL.contains(data.source())) {
        continue;
      }
      YamlNode item = tasks instanceof YamlNode.ListNode l && i < l.items().size() ? l.items().get(i) : root;
      YamlNode dataNode = item instanceof YamlNode.MapNode im && im.get("data") != null ? im.get("data") : item;
      String key = "tasks." + i + ".data";
      FormatEntry format;
      try {
        format = readers.format(data.source());
      } catch (IllegalArgumentException e) {
        problems.add(at(dataNode, "source"), key + ".source: " + e.getMessage(),
            "reader formats: " + String.join(", ", readers.formatNames()) + "; or 'synthetic'");
        continue;
      }
      if (data.path() == null || data.path().isBlank()) {
        problems.add(at(dataNode, "source"), key + ": format '" + data.source() + "' reads files but data.path"
            + " is not set", "give the data file, folder or glob: " + format.description());
      }
      columns(task, format, dataNode, key, readers, catalog, planner, problems);
    }
  }

  private static void columns(TaskEntry task, FormatEntry format, YamlNode dataNode, String key,
      ReaderRegistry readers, TaskCatalog catalog, Planner planner, Problems problems) {
    YamlNode colNode = dataNode instanceof YamlNode.MapNode m && m.get("columns") != null ? m.get("columns") : dataNode;
    List<String> slots = instructionSlots(task, catalog, planner);
    if (task.data().columns().isEmpty()) {
      if (readers.mapping(task.name(), format.name()).isEmpty()) {
        problems.add(at(dataNode, "source"), key + ": task '" + task.name() + "' has no built-in slot mapping"
            + " for format '" + format.name() + "'", "map the format's slots " + format.slots()
            + " onto the instruction's slots " + slots + " with data.columns");
      }
      return;
    }
    for (Map.Entry<String, String> c : task.data().columns().entrySet()) {
      if (!format.slots().contains(c.getKey())) {
        problems.add(at(colNode, c.getKey()), key + ".columns: format '" + format.name() + "' has no slot '"
            + c.getKey() + "'", Suggestions.didYouMean(c.getKey(), format.slots())
            .orElse("its slots: " + format.slots()));
      }
      if (!slots.isEmpty() && !slots.contains(c.getValue())) {
        problems.add(at(colNode, c.getKey()), key + ".columns." + c.getKey() + ": the instruction has no slot '"
            + c.getValue() + "'", Suggestions.didYouMean(c.getValue(), slots).orElse("its slots: " + slots));
      }
    }
  }

  /** The slots of the task's instruction (inline or the catalog's); empty when it does not plan. */
  private static List<String> instructionSlots(TaskEntry task, TaskCatalog catalog, Planner planner) {
    try {
      Optional<String> instruction = task.instruction() != null ? Optional.of(task.instruction().value())
          : catalog.find(task.name()).map(t -> t.spec().instruction());
      return instruction.map(s -> planner.plan(s).template(1).slots().stream().map(SlotPlan::name).distinct()
          .toList()).orElse(List.of());
    } catch (RuntimeException e) {
      return List.of(); // the instruction's own problems are reported by PresetChecks
    }
  }

  /** Where {@code key} of a mapping is written (its value), else the node itself. */
  private static Location at(YamlNode node, String key) {
    if (node instanceof YamlNode.MapNode m && m.entries().get(key) != null) {
      return m.entries().get(key).value().location();
    }
    return node.location();
  }
}
