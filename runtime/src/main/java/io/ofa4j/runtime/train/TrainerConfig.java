package io.ofa4j.runtime.train;

import static java.util.Objects.requireNonNull;

/**
 * How {@link Trainer} updates the weights.
 *
 * @param adamW optimizer hyper-parameters
 * @param schedule learning rate per step
 * @param maxGradNorm global-norm clipping threshold ({@code <= 0}: no clipping)
 * @param groups freezing and weight-decay groups
 * @param gcEvery run {@code System.gc()} every this many steps (0: never). ND4J frees off-heap
 *     buffers only when their Java owners are collected, and a training step makes few Java
 *     objects but hundreds of MB of native ones, so without this the RSS climbs (libraries.md)
 */
public record TrainerConfig(
    AdamWConfig adamW, LearningRateSchedule schedule, double maxGradNorm, ParameterGroups groups, int gcEvery) {
  public TrainerConfig {
    requireNonNull(adamW, "adamW is null");
    requireNonNull(schedule, "schedule is null");
    requireNonNull(groups, "groups is null");
    if (Double.isNaN(maxGradNorm)) {
      throw new IllegalArgumentException("maxGradNorm is NaN");
    }
    if (gcEvery < 0) {
      throw new IllegalArgumentException("gcEvery (" + gcEvery + ") must be >= 0");
    }
  }

  /** Constant learning rate, PyTorch AdamW defaults, clip at 1.0, everything trains, GC every step. */
  public static TrainerConfig constant(double lr) {
    return new TrainerConfig(AdamWConfig.defaults(), step -> lr, 1.0, ParameterGroups.all(), 1);
  }

  /** The same config with other parameter groups. */
  public TrainerConfig withGroups(ParameterGroups newGroups) {
    return new TrainerConfig(adamW, schedule, maxGradNorm, newGroups, gcEvery);
  }

  /** The same config with another AdamW setting. */
  public TrainerConfig withAdamW(AdamWConfig newAdamW) {
    return new TrainerConfig(newAdamW, schedule, maxGradNorm, groups, gcEvery);
  }
}
