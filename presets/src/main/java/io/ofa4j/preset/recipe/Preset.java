package io.ofa4j.preset.recipe;

import java.util.List;
import java.util.Objects;

/**
 * A training recipe: the model, the tasks (by catalog name and/or one-line instruction), the
 * trainer, and optional stages. Bound from YAML by {@link PresetLoader}.
 *
 * @param name preset name
 * @param description one line shown by {@code ofa4j presets}
 * @param model the backbone to train from scratch or fine-tune
 * @param tasks at least one task
 * @param trainer steps, optimizer, schedule, evaluation and checkpoints
 * @param stages optional stages (e.g. adapters only, then everything, as Qwen-VL trains)
 */
public record Preset(
    String name,
    String description,
    ModelSection model,
    List<TaskEntry> tasks,
    TrainerSection trainer,
    List<StageSection> stages) {

  public Preset {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(model, "model is null");
    Objects.requireNonNull(tasks, "tasks is null");
    Objects.requireNonNull(trainer, "trainer is null");
    tasks = List.copyOf(tasks);
    stages = List.copyOf(Objects.requireNonNull(stages, "stages is null"));
    if (tasks.isEmpty()) {
      throw new IllegalArgumentException("tasks must list at least one task, found none");
    }
    long stageSteps = stages.stream().mapToLong(StageSection::steps).sum();
    if (!stages.isEmpty() && stageSteps != trainer.steps()) {
      throw new IllegalArgumentException("stages cover " + stageSteps
          + " steps but trainer.steps is " + trainer.steps() + "; they must agree");
    }
  }

  /** Defaults for keys a preset leaves out. */
  public static Preset defaults() {
    return new Preset("unnamed", "", ModelSection.defaults(),
        List.of(TaskEntry.defaults()), TrainerSection.defaults(), List.of());
  }
}
