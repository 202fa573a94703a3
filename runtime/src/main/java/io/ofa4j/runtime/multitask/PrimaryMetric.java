package io.ofa4j.runtime.multitask;

import static java.util.Objects.requireNonNull;

/**
 * The metric by which a task's checkpoints are ranked.
 *
 * @param name metric name as returned by the {@link Evaluator}
 * @param higherIsBetter whether larger values are better (accuracy) or worse (loss)
 */
public record PrimaryMetric(String name, boolean higherIsBetter) {
  public PrimaryMetric {
    requireNonNull(name, "name is null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("primary metric name is blank");
    }
  }
}
