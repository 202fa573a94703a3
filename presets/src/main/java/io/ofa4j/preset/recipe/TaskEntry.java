package io.ofa4j.preset.recipe;

import io.ofa4j.preset.config.Located;
import io.ofa4j.preset.config.Nullable;

/**
 * One task of a recipe: a catalog name and/or an inline one-line instruction, with overrides.
 *
 * @param name catalog task name (or the name of an inline task)
 * @param instruction inline instruction overriding the catalog's, or {@code null}
 * @param data where examples come from
 * @param microBatchSize examples per micro-batch
 * @param weight sampling weight among tasks
 * @param lossWeight multiplier of this task's loss
 * @param generation decoding options at evaluation and inference
 */
public record TaskEntry(
    String name,
    @Nullable Located instruction,
    DataSection data,
    int microBatchSize,
    double weight,
    double lossWeight,
    GenerationSection generation) {

  public TaskEntry {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("task name must not be empty");
    }
    ModelSection.positive("tasks." + name + ".micro_batch_size", microBatchSize);
    if (!(weight > 0) || !Double.isFinite(weight)) {
      throw new IllegalArgumentException("tasks." + name + ".weight must be > 0, found " + weight);
    }
    if (!(lossWeight >= 0) || !Double.isFinite(lossWeight)) {
      throw new IllegalArgumentException(
          "tasks." + name + ".loss_weight must be >= 0, found " + lossWeight);
    }
  }

  /** Defaults for keys a task entry leaves out. */
  public static TaskEntry defaults() {
    return new TaskEntry("unnamed", null, DataSection.defaults(), 8, 1.0, 1.0,
        GenerationSection.defaults());
  }

}
