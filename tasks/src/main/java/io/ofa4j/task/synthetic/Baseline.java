package io.ofa4j.task.synthetic;

import static java.util.Objects.requireNonNull;

import io.ofa4j.task.metric.Metric;
import io.ofa4j.task.metric.MetricResult;
import java.util.List;

/**
 * A trivial baseline's predictions and the references they are scored against.
 *
 * @param description what the baseline predicts, e.g. {@code majority class 'yes'}
 * @param predictions one prediction per example, in the type the primary metric takes
 * @param references one reference per example
 */
public record Baseline(String description, List<?> predictions, List<?> references) {

  public Baseline {
    requireNonNull(description, "description is null");
    predictions = List.copyOf(requireNonNull(predictions, "predictions is null"));
    references = List.copyOf(requireNonNull(references, "references is null"));
    if (predictions.size() != references.size()) {
      throw new IllegalArgumentException("baseline has " + predictions.size()
          + " predictions but " + references.size() + " references");
    }
  }

  /** Scores the baseline with {@code metric}; the caller picks the metric the types fit. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public MetricResult score(Metric<?, ?> metric) {
    requireNonNull(metric, "metric is null");
    try {
      return ((Metric) metric).compute(predictions, references);
    } catch (ClassCastException e) {
      throw new IllegalArgumentException("metric '" + metric.name()
          + "' does not take this baseline's predictions: " + e.getMessage(), e);
    }
  }
}
