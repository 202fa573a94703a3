package io.ofa4j.preset.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One row of the report's final table.
 *
 * @param task task name
 * @param metric metric name
 * @param value the metric at the last evaluation
 * @param baseline the reference value: the caller's (e.g. a published score) if given, else the
 *     run's first evaluation
 * @param step step of the last evaluation
 */
public record FinalRow(String task, String metric, double value, double baseline, long step) {
  public FinalRow {
    requireNonNull(task, "task is null");
    requireNonNull(metric, "metric is null");
  }

  /**
   * The final table of {@code history}.
   *
   * @param baselines task -> metric -> reference value, overriding the first evaluation
   */
  public static List<FinalRow> of(MetricsHistory history, Map<String, Map<String, Double>> baselines) {
    requireNonNull(history, "history is null");
    requireNonNull(baselines, "baselines is null");
    List<FinalRow> rows = new ArrayList<>();
    history.evalMetrics().forEach((task, metrics) -> metrics.forEach((metric, points) -> {
      if (points.isEmpty()) {
        return;
      }
      Point last = points.get(points.size() - 1);
      double base = baselines.getOrDefault(task, Map.of()).getOrDefault(metric, points.get(0).value());
      rows.add(new FinalRow(task, metric, last.value(), base, last.step()));
    }));
    return rows;
  }
}
