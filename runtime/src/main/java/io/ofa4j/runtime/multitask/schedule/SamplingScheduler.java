package io.ofa4j.runtime.multitask.schedule;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Draws each of a step's micro-batches' task independently from a fixed categorical
 * distribution (inverse-CDF sampling), as the proportional and temperature policies do.
 */
public final class SamplingScheduler implements TaskScheduler {
  private final double[] cumulative;
  private final int microBatchesPerStep;

  /**
   * @param weights non-negative, not all zero, one per task (normalised here)
   * @param microBatchesPerStep micro-batches (gradient accumulation) per step
   */
  public SamplingScheduler(double[] weights, int microBatchesPerStep) {
    requireNonNull(weights, "weights is null");
    if (weights.length == 0) {
      throw new IllegalArgumentException("no task to schedule");
    }
    if (microBatchesPerStep <= 0) {
      throw new IllegalArgumentException("microBatchesPerStep (" + microBatchesPerStep + ") must be > 0");
    }
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
        throw new IllegalArgumentException("weight of task " + i + " is " + weights[i] + ", must be finite and >= 0");
      }
      total += weights[i];
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("task weights " + Arrays.toString(weights) + " sum to 0");
    }
    cumulative = new double[weights.length];
    double acc = 0;
    for (int i = 0; i < weights.length; i++) {
      acc += weights[i] / total;
      cumulative[i] = acc;
    }
    cumulative[weights.length - 1] = 1.0;
    this.microBatchesPerStep = microBatchesPerStep;
  }

  /** The probability of each task. */
  public double[] probabilities() {
    double[] p = new double[cumulative.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
    }
    return p;
  }

  @Override
  public List<Integer> tasksFor(long step, SplitMix64 rng) {
    List<Integer> out = new ArrayList<>(microBatchesPerStep);
    for (int m = 0; m < microBatchesPerStep; m++) {
      double u = rng.nextDouble();
      int i = 0;
      while (cumulative[i] <= u && i < cumulative.length - 1) {
        i++;
      }
      out.add(i);
    }
    return out;
  }
}
