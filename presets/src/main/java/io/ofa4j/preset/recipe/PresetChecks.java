package io.ofa4j.preset.recipe;

import io.ofa4j.instruction.Suggestions;
import io.ofa4j.instruction.ast.SourceSpan;
import io.ofa4j.instruction.diagnostic.Diagnostic;
import io.ofa4j.instruction.diagnostic.Severity;
import io.ofa4j.planner.PlanOutcome;
import io.ofa4j.planner.Planner;
import io.ofa4j.planner.plan.Layout;
import io.ofa4j.preset.config.Located;
import io.ofa4j.preset.config.Location;
import io.ofa4j.preset.config.PresetProblem;
import io.ofa4j.preset.config.Problems;
import io.ofa4j.task.catalog.TaskCatalog;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-field checks of a bound preset against the task catalog and the planner, each a small
 * named rule (Ludwig's config checks), with the values found in the messages. Instruction
 * diagnostics are re-based into the YAML file so the caret points into the preset.
 */
public final class PresetChecks {
  private PresetChecks() {}

  /**
   * Runs every check. {@code taskLocations.get(i)} is where task {@code i} is written (its
   * {@code name} value); instruction problems point inside the instruction scalar.
   */
  public static void check(Preset preset, TaskCatalog catalog, Planner planner,
      List<Location> taskLocations, Problems problems) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < preset.tasks().size(); i++) {
      TaskEntry task = preset.tasks().get(i);
      Location where = taskLocations.get(i);
      if (!seen.add(task.name())) {
        problems.add(where, "task '" + task.name() + "' is listed twice", "give each task once");
      }
      if (task.instruction() == null) {
        knownCatalogTask(task, catalog, where, problems);
      } else {
        instructionPlans(task.instruction(), planner, problems);
      }
      fineTuningNeedsCheckpoint(preset, task, where, problems);
    }
  }

  /** A task without an inline instruction must name a trainable catalog task. */
  static void knownCatalogTask(TaskEntry task, TaskCatalog catalog, Location where,
      Problems problems) {
    Optional<TaskCatalog.CatalogTask> found = catalog.find(task.name());
    if (found.isEmpty()) {
      problems.add(where, "unknown task '" + task.name() + "' (and no inline instruction)",
          Suggestions.didYouMean(task.name(), catalog.names())
              .orElse("see 'ofa4j tasks' for the catalog, or give an instruction"));
    } else if (!found.get().spec().trainable()) {
      problems.add(where, "task '" + task.name() + "' is planned only: its target modality cannot"
          + " be generated yet, so it cannot be trained", "remove it from the preset");
    }
  }

  /** An inline instruction must plan; its diagnostics point into the YAML scalar. */
  static void instructionPlans(Located instruction, Planner planner, Problems problems) {
    PlanOutcome outcome = planner.check(instruction.value(), Layout.CHAT);
    Location start = instruction.contentStart();
    for (Diagnostic d : outcome.diagnostics()) {
      if (d.severity() != Severity.ERROR) {
        continue;
      }
      SourceSpan s = d.span().rebase(start.line(), start.column());
      problems.add(new PresetProblem(new Location(start.file(), s.line(), s.column()),
          s.length(), d.message() + " [" + d.code() + "]", d.help()));
    }
  }

  /** Chat fine-tuning data (ChatML JSONL) needs a pretrained checkpoint to fine-tune. */
  static void fineTuningNeedsCheckpoint(Preset preset, TaskEntry task, Location where,
      Problems problems) {
    if (task.data().source().equals("chatml_jsonl") && preset.model().checkpoint() == null) {
      problems.add(where, "task '" + task.name() + "' fine-tunes a pretrained model but"
          + " model.checkpoint is not set",
          "pass --set model.checkpoint=/path/to/Qwen2.5-0.5B-Instruct");
    }
    if (task.data().source().equals("chatml_jsonl") && task.data().path() == null) {
      problems.add(where, "task '" + task.name() + "' reads ChatML JSONL but data.path is not set",
          "pass --set tasks.0.data.path=/path/to/conversations.jsonl");
    }
  }
}
