package io.ofa4j.task.registry;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A trivial baseline's score on a synthetic split, as written to {@code baseline.json}.
 *
 * @param task catalog task
 * @param generator synthetic generator
 * @param split train or validation
 * @param seed dataset seed
 * @param baseline what the baseline predicts
 * @param metric the task's primary metric
 * @param value its score (the metric's own scale)
 * @param higherIsBetter whether a model should score above (true) or below (error rates) it
 * @param examples examples scored
 */
public record BaselineReport(String task, String generator, String split, long seed, String baseline,
    String metric, double value, @JsonProperty("higher_is_better") boolean higherIsBetter, int examples) {
  public BaselineReport {
    requireNonNull(task, "task is null");
    requireNonNull(generator, "generator is null");
    requireNonNull(split, "split is null");
    requireNonNull(baseline, "baseline is null");
    requireNonNull(metric, "metric is null");
  }
}
