package io.ofa4j.task.metric;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one {@link Metric#compute} call.
 *
 * @param metric the metric name
 * @param score the corpus-level score (in the metric's own scale, e.g. BLEU in 0..100)
 * @param count the number of examples that entered the score
 * @param details named sub-scores and counts (for example {@code bleu_1}, {@code bp}, {@code errors})
 * @param problems human-readable reports of inputs that were skipped or suspicious
 */
public record MetricResult(
    String metric, double score, int count, Map<String, Double> details, List<String> problems) {

  public MetricResult {
    requireNonNull(metric, "metric is null");
    requireNonNull(details, "details is null");
    requireNonNull(problems, "problems is null");
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0 but was " + count);
    }
    details = Map.copyOf(details);
    problems = List.copyOf(problems);
  }

  /** Returns the named detail value, failing with the known names when it is absent. */
  public double detail(String name) {
    Double value = details.get(name);
    if (value == null) {
      throw new IllegalArgumentException(
          "metric '" + metric + "' has no detail '" + name + "'; known: " + details.keySet());
    }
    return value;
  }
}
