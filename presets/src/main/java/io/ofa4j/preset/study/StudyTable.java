package io.ofa4j.preset.study;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * The result of a generalist-vs-specialists study: one row per task and the mean percentage.
 * Prints as a Markdown table (scores with 4 decimals, percentages with 1).
 *
 * @param preset the generalist's preset name
 * @param split how the specialists' steps were chosen
 * @param rows one row per task, in the preset's order
 */
public record StudyTable(String preset, StepSplit split, List<StudyRow> rows) {
  public StudyTable {
    requireNonNull(preset, "preset is null");
    requireNonNull(split, "split is null");
    rows = List.copyOf(requireNonNull(rows, "rows is null"));
  }

  /** The mean of the defined percentages; NaN when none is defined. */
  public double meanPercent() {
    return RelativeScore.mean(rows.stream().map(StudyRow::percent).toList());
  }

  /** How many tasks have a defined percentage. */
  public long definedPercents() {
    return rows.stream().filter(r -> !Double.isNaN(r.percent())).count();
  }

  /** The one-line summary under the table. */
  public String summary() {
    return String.format(Locale.ROOT, "mean generalist %% of specialist: %s over %d of %d tasks",
        percentText(meanPercent()), definedPercents(), rows.size());
  }

  /** How the percentage is defined, for the table's footnote. */
  public static String rule() {
    return "generalist % of specialist: 100 x generalist / specialist for ^ metrics (higher is better), "
        + "100 x specialist / generalist for v metrics (lower is better); 100% = equal, < 100% = generalist worse; "
        + "n/a when the denominator is 0 and the numerator is not";
  }

  /** A percentage with one decimal and a {@code %}, or {@code n/a}. */
  static String percentText(double p) {
    return Double.isNaN(p) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", p);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "| %-14s | %-14s | %10s | %10s | %10s | %8s | %10s |%n", "task", "metric",
        "generalist", "specialist", "gen % spec", "baseline", "spec steps"));
    sb.append(String.format(Locale.ROOT, "|%s|%s|%s:|%s:|%s:|%s:|%s:|%n", "-".repeat(16), "-".repeat(16),
        "-".repeat(11), "-".repeat(11), "-".repeat(11), "-".repeat(9), "-".repeat(11)));
    for (StudyRow r : rows) {
      sb.append(String.format(Locale.ROOT, "| %-14s | %-14s | %10.4f | %10.4f | %10s | %8.4f | %10d |%n", r.task(),
          r.metric() + (r.higherIsBetter() ? " ^" : " v"), r.generalist(), r.specialist(), percentText(r.percent()),
          r.baseline(), r.specialistSteps()));
    }
    return sb.toString();
  }
}
