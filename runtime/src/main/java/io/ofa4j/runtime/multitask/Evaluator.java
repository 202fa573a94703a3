package io.ofa4j.runtime.multitask;

import java.util.Map;
import java.util.Optional;

/** Scores the current model on a task's validation split. */
public interface Evaluator {
  /** Metric name -> value on {@code task}'s validation split; must contain the primary metric. */
  Map<String, Double> evaluate(String task);

  /** The metric that ranks {@code task}'s checkpoints. */
  PrimaryMetric primaryMetric(String task);

  /**
   * A reference value of the primary metric (e.g. a published score) against which the overall
   * score normalises; empty: the run's first evaluation serves.
   */
  default Optional<Double> baseline(String task) {
    return Optional.empty();
  }
}
