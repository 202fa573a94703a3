package io.ofa4j.preset.study;

import static java.util.Objects.requireNonNull;

import io.ofa4j.preset.recipe.Preset;
import io.ofa4j.preset.recipe.TaskEntry;
import io.ofa4j.preset.recipe.TrainerSection;
import io.ofa4j.runtime.multitask.schedule.SchedulingPolicy;
import io.ofa4j.runtime.multitask.schedule.SplitMix64;
import io.ofa4j.runtime.multitask.schedule.TaskScheduler;
import io.ofa4j.runtime.multitask.schedule.TaskSchedulers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How many steps each specialist of a study trains.
 *
 * <p>{@link Rule#EQUAL_COMPUTE} (the default): the generalist's schedule is replayed exactly as
 * {@code MultiTaskLoop} draws it (same policy, weights, dataset sizes, temperature, gradient
 * accumulation and seed), counting the micro-batches each task receives; a specialist then gets
 * as many steps as it needs to see that many micro-batches of its task (its count divided by
 * {@code grad_accumulation}, rounded by largest remainder). So each specialist sees as many
 * examples of its task as the generalist did, and the specialists together do the generalist's
 * forward/backward work: their steps add up to the generalist's steps for the sampling and
 * round-robin policies, and to steps x tasks for {@code all_tasks} (where every generalist step
 * holds every task's micro-batches).
 *
 * <p>{@link Rule#FIXED}: every specialist trains the same given number of steps
 * ({@code --specialist-steps N}).
 *
 * @param rule how the steps were chosen
 * @param generalistSteps the generalist's {@code trainer.steps}
 * @param tasks task names, in the preset's order
 * @param generalistMicroBatches micro-batches each task received in the generalist's schedule
 * @param specialistSteps steps of each task's specialist
 */
public record StepSplit(Rule rule, long generalistSteps, List<String> tasks, List<Long> generalistMicroBatches,
    List<Integer> specialistSteps) {

  /** How the specialists' steps are chosen. */
  public enum Rule {
    /** Each specialist sees as many micro-batches of its task as the generalist did. */
    EQUAL_COMPUTE,
    /** Every specialist trains a given number of steps. */
    FIXED
  }

  public StepSplit {
    requireNonNull(rule, "rule is null");
    tasks = List.copyOf(requireNonNull(tasks, "tasks is null"));
    generalistMicroBatches = List.copyOf(requireNonNull(generalistMicroBatches, "generalistMicroBatches is null"));
    specialistSteps = List.copyOf(requireNonNull(specialistSteps, "specialistSteps is null"));
    if (generalistMicroBatches.size() != tasks.size() || specialistSteps.size() != tasks.size()) {
      throw new IllegalArgumentException(tasks.size() + " tasks but " + generalistMicroBatches.size()
          + " micro-batch counts and " + specialistSteps.size() + " specialist step counts");
    }
    for (int i = 0; i < tasks.size(); i++) {
      if (specialistSteps.get(i) <= 0) {
        throw new IllegalArgumentException("specialist of task '" + tasks.get(i) + "' must train > 0 steps, found "
            + specialistSteps.get(i));
      }
    }
  }

  /** The steps of all specialists together. */
  public long totalSpecialistSteps() {
    return specialistSteps.stream().mapToLong(Integer::longValue).sum();
  }

  /** The steps of {@code task}'s specialist. */
  public int stepsOf(String task) {
    int i = tasks.indexOf(task);
    if (i < 0) {
      throw new IllegalArgumentException("no task '" + task + "' in the split; tasks: " + tasks);
    }
    return specialistSteps.get(i);
  }

  /**
   * The split for {@code generalist}: {@link Rule#FIXED} with {@code fixedSteps} when it is not
   * null, else {@link Rule#EQUAL_COMPUTE}.
   *
   * @throws IllegalArgumentException when a task gets no step (too few generalist steps)
   */
  public static StepSplit of(Preset generalist, Integer fixedSteps) {
    requireNonNull(generalist, "generalist is null");
    TrainerSection tr = generalist.trainer();
    List<String> names = generalist.tasks().stream().map(TaskEntry::name).toList();
    long[] counts = replay(generalist);
    if (fixedSteps != null) {
      if (fixedSteps <= 0) {
        throw new IllegalArgumentException("--specialist-steps must be > 0, found " + fixedSteps);
      }
      return new StepSplit(Rule.FIXED, tr.steps(), names, boxed(counts),
          names.stream().map(n -> fixedSteps).toList());
    }
    int g = tr.gradAccumulation();
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    // every generalist step holds a multiple of g micro-batches, so total / g is exact
    long[] steps = Apportion.of(counts, total / g);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < steps.length; i++) {
      if (steps[i] == 0) {
        throw new IllegalArgumentException("task '" + names.get(i) + "' received " + counts[i]
            + " micro-batch(es) in the generalist's " + tr.steps() + "-step schedule ("
            + tr.scheduling().name().toLowerCase(Locale.ROOT) + " scheduling, grad_accumulation " + g
            + "), not enough for one specialist step: raise trainer.steps or give --specialist-steps N");
      }
      out.add(Math.toIntExact(steps[i]));
    }
    return new StepSplit(Rule.EQUAL_COMPUTE, tr.steps(), names, boxed(counts), out);
  }

  /**
   * The micro-batches each task of {@code preset} receives over its {@code trainer.steps} steps,
   * drawn as {@code MultiTaskLoop} draws them: the policy's scheduler over the tasks' weights and
   * training-set sizes (synthetic data holds exactly {@code data.train} examples), one
   * {@link SplitMix64} seeded with {@code trainer.seed}, one call per step (skipped non-finite
   * steps draw too).
   */
  public static long[] replay(Preset preset) {
    requireNonNull(preset, "preset is null");
    TrainerSection tr = preset.trainer();
    List<TaskEntry> entries = preset.tasks();
    double[] weights = new double[entries.size()];
    long[] sizes = new long[entries.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = entries.get(i).weight();
      sizes[i] = entries.get(i).data().train();
    }
    TaskScheduler scheduler = TaskSchedulers.create(SchedulingPolicy.valueOf(tr.scheduling().name()), weights, sizes,
        tr.temperature(), tr.gradAccumulation());
    SplitMix64 rng = new SplitMix64(tr.seed());
    long[] counts = new long[weights.length];
    for (long step = 0; step < tr.steps(); step++) {
      for (int task : scheduler.tasksFor(step, rng)) {
        counts[task]++;
      }
    }
    return counts;
  }

  private static List<Long> boxed(long[] values) {
    return Arrays.stream(values).boxed().toList();
  }
}
