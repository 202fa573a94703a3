package io.ofa4j.runtime.multitask;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * The best evaluations so far (saved in each checkpoint).
 *
 * @param baselines task -> reference value of its primary metric
 * @param perTask task -> step and value of its best primary metric
 * @param overall step and overall score of the best evaluation, or {@code null} before any
 * @param overallCheckpoint directory name of the checkpoint written for {@code overall}, or {@code null}
 */
public record BestMetrics(Map<String, Double> baselines, Map<String, Best> perTask, Best overall,
    String overallCheckpoint) {
  public BestMetrics {
    baselines = Map.copyOf(requireNonNull(baselines, "baselines is null"));
    perTask = Map.copyOf(requireNonNull(perTask, "perTask is null"));
  }

  /** Nothing evaluated yet. */
  public static BestMetrics empty() {
    return new BestMetrics(Map.of(), Map.of(), null, null);
  }

  /**
   * A best value.
   *
   * @param step loop step of the evaluation
   * @param value metric value (per task) or overall score
   */
  public record Best(long step, double value) {}
}
