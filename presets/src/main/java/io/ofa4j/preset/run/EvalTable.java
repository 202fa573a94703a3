package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * The final evaluation table: per task its primary metric, the model's value, the trivial
 * baseline's value and the margin (positive = the model is better, whichever way the metric
 * points). Prints as a Markdown-style table; a value that could not be computed (no baseline
 * fits the data, no references) prints as {@code n/a}. Notes (where each task's data came from,
 * malformed records skipped) print below it.
 *
 * @param rows one row per task
 * @param notes lines printed under the table
 */
public record EvalTable(List<Row> rows, List<String> notes) {
  /**
   * One task's result.
   *
   * @param task task name
   * @param metric primary metric
   * @param value the model's score
   * @param baseline the trivial baseline's score (NaN when unknown)
   * @param higherIsBetter the metric's direction
   * @param examples validation examples scored
   */
  public record Row(String task, String metric, double value, double baseline, boolean higherIsBetter,
      int examples) {
    public Row {
      requireNonNull(task, "task is null");
      requireNonNull(metric, "metric is null");
    }

    /** How much better than the baseline (negative: worse); NaN without a baseline. */
    public double margin() {
      return higherIsBetter ? value - baseline : baseline - value;
    }

    /** Whether the model beats the baseline by at least {@code minMargin}. */
    public boolean beats(double minMargin) {
      return !Double.isNaN(baseline) && margin() >= minMargin;
    }
  }

  public EvalTable {
    rows = List.copyOf(requireNonNull(rows, "rows is null"));
    notes = List.copyOf(requireNonNull(notes, "notes is null"));
  }

  /** A table without notes. */
  public EvalTable(List<Row> rows) {
    this(rows, List.of());
  }

  /** The row of {@code task}. */
  public Row row(String task) {
    return rows.stream().filter(r -> r.task().equals(task)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("no row for task '" + task + "'; tasks: "
            + rows.stream().map(Row::task).toList()));
  }

  /** Whether every task beats its baseline by at least {@code minMargin}. */
  public boolean allBeat(double minMargin) {
    return rows.stream().allMatch(r -> r.beats(minMargin));
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "| %-14s | %-14s | %8s | %8s | %8s | %5s |%n", "task", "metric", "value",
        "baseline", "margin", "n"));
    sb.append("|").append("-".repeat(16)).append("|").append("-".repeat(16)).append("|")
        .append("-".repeat(10)).append("|").append("-".repeat(10)).append("|").append("-".repeat(10))
        .append("|").append("-".repeat(7)).append("|\n");
    for (Row r : rows) {
      sb.append(String.format(Locale.ROOT, "| %-14s | %-14s | %8s | %8s | %8s | %5d |%n", r.task(),
          r.metric() + (r.higherIsBetter() ? " ^" : " v"), number(r.value(), "%8.4f"),
          number(r.baseline(), "%8.4f"), number(r.margin(), "%+8.4f"), r.examples()));
    }
    for (String note : notes) {
      sb.append(note).append(System.lineSeparator());
    }
    return sb.toString();
  }

  private static String number(double v, String format) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, format, v);
  }
}
