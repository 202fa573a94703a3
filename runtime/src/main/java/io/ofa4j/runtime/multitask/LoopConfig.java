package io.ofa4j.runtime.multitask;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.multitask.schedule.SchedulingPolicy;

/**
 * How the multi-task loop runs.
 *
 * @param totalSteps loop steps (a skipped non-finite step counts as a step)
 * @param scheduling task scheduling policy
 * @param temperature T of temperature scheduling
 * @param microBatches micro-batches per step (gradient accumulation); for {@code ALL_TASKS}
 *     micro-batches per task per step
 * @param evalEvery evaluate every this many steps (0: only at the end)
 * @param checkpointEvery checkpoint every this many steps (0: only at the end)
 * @param keepLast checkpoints kept besides the best
 * @param maxNonFiniteSteps consecutive non-finite steps tolerated; one more stops the run
 * @param seed seed of the scheduler's generator
 * @param progressEvery print a progress line every this many steps (0: never)
 */
public record LoopConfig(long totalSteps, SchedulingPolicy scheduling, double temperature,
    int microBatches, int evalEvery, int checkpointEvery, int keepLast, int maxNonFiniteSteps,
    long seed, int progressEvery) {
  public LoopConfig {
    requireNonNull(scheduling, "scheduling is null");
    if (totalSteps <= 0) {
      throw new IllegalArgumentException("totalSteps must be > 0, found " + totalSteps);
    }
    if (microBatches <= 0) {
      throw new IllegalArgumentException("microBatches must be > 0, found " + microBatches);
    }
    if (!(temperature > 0) || Double.isInfinite(temperature)) {
      throw new IllegalArgumentException("temperature must be finite and > 0, found " + temperature);
    }
    if (evalEvery < 0 || checkpointEvery < 0 || keepLast < 0 || maxNonFiniteSteps < 0 || progressEvery < 0) {
      throw new IllegalArgumentException("evalEvery (" + evalEvery + "), checkpointEvery ("
          + checkpointEvery + "), keepLast (" + keepLast + "), maxNonFiniteSteps ("
          + maxNonFiniteSteps + ") and progressEvery (" + progressEvery + ") must be >= 0");
    }
  }

  /** A config with the given steps and policy; eval/checkpoint only at the end, keep 2, tolerate 5. */
  public static LoopConfig of(long totalSteps, SchedulingPolicy scheduling, long seed) {
    return new LoopConfig(totalSteps, scheduling, 2.0, 1, 0, 0, 2, 5, seed, 0);
  }

  /** The same config evaluating every {@code every} steps. */
  public LoopConfig withEvalEvery(int every) {
    return new LoopConfig(totalSteps, scheduling, temperature, microBatches, every, checkpointEvery,
        keepLast, maxNonFiniteSteps, seed, progressEvery);
  }

  /** The same config checkpointing every {@code every} steps, keeping {@code keep}. */
  public LoopConfig withCheckpoints(int every, int keep) {
    return new LoopConfig(totalSteps, scheduling, temperature, microBatches,
        evalEvery, every, keep, maxNonFiniteSteps, seed, progressEvery);
  }

  /** The same config with another step count. */
  public LoopConfig withTotalSteps(long steps) {
    return new LoopConfig(steps, scheduling, temperature, microBatches, evalEvery, checkpointEvery,
        keepLast, maxNonFiniteSteps, seed, progressEvery);
  }

  /** The same config with another non-finite tolerance. */
  public LoopConfig withMaxNonFiniteSteps(int max) {
    return new LoopConfig(totalSteps, scheduling, temperature, microBatches, evalEvery, checkpointEvery,
        keepLast, max, seed, progressEvery);
  }

  /** The same config with {@code n} micro-batches per step. */
  public LoopConfig withMicroBatches(int n) {
    return new LoopConfig(totalSteps, scheduling, temperature, n, evalEvery, checkpointEvery,
        keepLast, maxNonFiniteSteps, seed, progressEvery);
  }

  /** The same config printing progress every {@code every} steps. */
  public LoopConfig withProgressEvery(int every) {
    return new LoopConfig(totalSteps, scheduling, temperature, microBatches, evalEvery, checkpointEvery,
        keepLast, maxNonFiniteSteps, seed, every);
  }
}
