package io.ofa4j.preset.study;

import static java.util.Objects.requireNonNull;

import io.ofa4j.preset.recipe.Preset;
import io.ofa4j.preset.recipe.StageSection;
import io.ofa4j.preset.recipe.TaskEntry;
import io.ofa4j.preset.recipe.TrainerSection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Derives the presets of a study from the generalist's: a subset of its tasks, and the
 * single-task specialists, which keep the model, the task entry (data, micro-batch size, loss
 * weight, generation), the trainer settings and the seed, and change only the task list, the steps
 * and (proportionally) the stages.
 */
public final class SpecialistPresets {
  private SpecialistPresets() {}

  /**
   * {@code preset} restricted to {@code names}, in the preset's order.
   *
   * @throws IllegalArgumentException naming an unknown or repeated task and listing the preset's tasks
   */
  public static Preset restrict(Preset preset, List<String> names) {
    requireNonNull(preset, "preset is null");
    requireNonNull(names, "names is null");
    List<String> known = preset.tasks().stream().map(TaskEntry::name).toList();
    Set<String> wanted = new LinkedHashSet<>();
    for (String n : names) {
      if (!known.contains(n)) {
        throw new IllegalArgumentException("--tasks: no task '" + n + "' in preset '" + preset.name()
            + "'; its tasks: " + String.join(", ", known));
      }
      if (!wanted.add(n)) {
        throw new IllegalArgumentException("--tasks: task '" + n + "' is listed twice");
      }
    }
    List<TaskEntry> kept = preset.tasks().stream().filter(t -> wanted.contains(t.name())).toList();
    return new Preset(preset.name(), preset.description(), preset.model(), kept, preset.trainer(), preset.stages());
  }

  /**
   * The specialist of task {@code task} of {@code generalist}, trained {@code steps} steps: the
   * same preset with only that task, {@code trainer.steps = steps} (warmup, cosine decay and
   * everything else as set) and the stages scaled to the new length.
   */
  public static Preset specialist(Preset generalist, String task, int steps) {
    requireNonNull(generalist, "generalist is null");
    requireNonNull(task, "task is null");
    TaskEntry entry = generalist.tasks().stream().filter(t -> t.name().equals(task)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("no task '" + task + "' in preset '" + generalist.name() + "'"));
    return new Preset(generalist.name() + "-" + task, "specialist of '" + task + "' for a study of preset '"
        + generalist.name() + "'", generalist.model(), List.of(entry), withSteps(generalist.trainer(), steps),
        scaleStages(generalist.stages(), generalist.trainer().steps(), steps));
  }

  /** {@code trainer} with {@code steps} steps. */
  static TrainerSection withSteps(TrainerSection t, int steps) {
    return new TrainerSection(steps, t.learningRate(), t.weightDecay(), t.beta1(), t.beta2(), t.warmupSteps(),
        t.minLrRatio(), t.clipGradNorm(), t.gradAccumulation(), t.scheduling(), t.temperature(), t.evalEvery(),
        t.checkpointEvery(), t.keepLast(), t.maxNonFiniteSteps(), t.seed(), t.threads());
  }

  /**
   * {@code stages} (covering {@code from} steps) rescaled to cover {@code to} steps, each keeping
   * its share (largest remainder) and at least one step.
   *
   * @throws IllegalArgumentException when {@code to} is smaller than the number of stages
   */
  static List<StageSection> scaleStages(List<StageSection> stages, int from, int to) {
    if (stages.isEmpty() || from == to) {
      return stages;
    }
    if (to < stages.size()) {
      throw new IllegalArgumentException("a specialist of " + to + " step(s) cannot hold the preset's "
          + stages.size() + " stages (one step each at least)");
    }
    // one step per stage first, the rest in proportion to what each stage had beyond its first
    long[] beyondFirst = stages.stream().mapToLong(s -> s.steps() - 1L).toArray();
    long[] rest;
    if (Arrays.stream(beyondFirst).sum() == 0) {
      rest = new long[stages.size()]; // all one-step stages: the last one takes the surplus
      rest[stages.size() - 1] = to - stages.size();
    } else {
      rest = Apportion.of(beyondFirst, to - stages.size());
    }
    List<StageSection> out = new ArrayList<>();
    for (int i = 0; i < stages.size(); i++) {
      StageSection s = stages.get(i);
      out.add(new StageSection(s.name(), Math.toIntExact(1 + rest[i]), s.train()));
    }
    return out;
  }
}
