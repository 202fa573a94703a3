package io.ofa4j.preset.study;

import io.ofa4j.preset.recipe.DataSection;
import io.ofa4j.preset.recipe.GenerationSection;
import io.ofa4j.preset.recipe.ModelSection;
import io.ofa4j.preset.recipe.Preset;
import io.ofa4j.preset.recipe.StageSection;
import io.ofa4j.preset.recipe.TaskEntry;
import io.ofa4j.preset.recipe.TrainerSection;
import io.ofa4j.preset.recipe.TrainerSection.Scheduling;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Presets built directly from records (no YAML, no catalog) for the study's unit tests. */
final class Presets {
  private Presets() {}

  /** A task with {@code weight} and {@code train} synthetic training examples. */
  static TaskEntry task(String name, double weight, int train) {
    return new TaskEntry(name, null, new DataSection("synthetic", null, train, 10, Map.of(), "fail"), 4, weight, 1.0,
        GenerationSection.defaults());
  }

  /** The default trainer with these steps, policy, gradient accumulation and seed. */
  static TrainerSection trainer(int steps, Scheduling scheduling, int gradAccumulation, long seed) {
    TrainerSection d = TrainerSection.defaults();
    return new TrainerSection(steps, d.learningRate(), d.weightDecay(), d.beta1(), d.beta2(), d.warmupSteps(),
        d.minLrRatio(), d.clipGradNorm(), gradAccumulation, scheduling, d.temperature(), d.evalEvery(),
        d.checkpointEvery(), d.keepLast(), d.maxNonFiniteSteps(), seed, d.threads());
  }

  static Preset of(TrainerSection trainer, List<StageSection> stages, TaskEntry... tasks) {
    return new Preset("p", "", ModelSection.defaults(), new ArrayList<>(List.of(tasks)), trainer, stages);
  }

  static Preset of(TrainerSection trainer, TaskEntry... tasks) {
    return of(trainer, List.of(), tasks);
  }
}
