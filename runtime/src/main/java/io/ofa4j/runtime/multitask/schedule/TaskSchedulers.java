package io.ofa4j.runtime.multitask.schedule;

import static java.util.Objects.requireNonNull;

/** Builds the {@link TaskScheduler} of a {@link SchedulingPolicy}. */
public final class TaskSchedulers {
  private TaskSchedulers() {}

  /**
   * @param policy the policy
   * @param weights task sampling weights (used by {@code PROPORTIONAL})
   * @param sizes dataset sizes (used by {@code TEMPERATURE})
   * @param temperature {@code T > 0}: 1 is proportional to size, large T tends to uniform
   * @param microBatches micro-batches per step ({@code ALL_TASKS}: per task per step)
   */
  public static TaskScheduler create(SchedulingPolicy policy, double[] weights, long[] sizes,
      double temperature, int microBatches) {
    requireNonNull(policy, "policy is null");
    requireNonNull(weights, "weights is null");
    requireNonNull(sizes, "sizes is null");
    if (weights.length != sizes.length) {
      throw new IllegalArgumentException(weights.length + " weights for " + sizes.length + " dataset sizes");
    }
    return switch (policy) {
      case PROPORTIONAL -> new SamplingScheduler(weights, microBatches);
      case TEMPERATURE -> new SamplingScheduler(temperatureWeights(sizes, temperature), microBatches);
      case ROUND_ROBIN -> new RoundRobinScheduler(weights.length, microBatches);
      case ALL_TASKS -> new AllTasksScheduler(weights.length, microBatches);
    };
  }

  /**
   * Unnormalised temperature-sampling weights {@code n_i^(1/T)} (Arivazhagan et al., "Massively
   * Multilingual NMT", 2019), computed in log space so large sizes do not overflow.
   */
  public static double[] temperatureWeights(long[] sizes, double temperature) {
    if (!(temperature > 0) || Double.isInfinite(temperature)) {
      throw new IllegalArgumentException("temperature (" + temperature + ") must be finite and > 0");
    }
    double[] logs = new double[sizes.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < sizes.length; i++) {
      if (sizes[i] <= 0) {
        throw new IllegalArgumentException("dataset size of task " + i + " is " + sizes[i] + ", must be > 0");
      }
      logs[i] = Math.log(sizes[i]) / temperature;
      max = Math.max(max, logs[i]);
    }
    double[] w = new double[sizes.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.exp(logs[i] - max);
    }
    return w;
  }
}
