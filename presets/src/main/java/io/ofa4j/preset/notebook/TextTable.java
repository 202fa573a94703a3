package io.ofa4j.preset.notebook;

import static java.util.Objects.requireNonNull;

import io.ofa4j.preset.report.Html;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A small immutable table for notebook output: an aligned plain-text form ({@link #toString()},
 * what JShell and {@code System.out} show) and an HTML form ({@link #toHtml()}, for
 * {@code display("text/html", ...)} in a Jupyter kernel). Floating-point numbers get four
 * decimals so columns of metrics stay readable.
 *
 * @param header column names
 * @param rows cells, one list per row, each as wide as the header
 */
public record TextTable(List<String> header, List<List<String>> rows) {
  public TextTable {
    header = List.copyOf(requireNonNull(header, "header is null"));
    if (header.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    List<List<String>> copy = new ArrayList<>();
    for (int i = 0; i < requireNonNull(rows, "rows is null").size(); i++) {
      List<String> row = List.copyOf(requireNonNull(rows.get(i), "row " + i + " is null"));
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("row " + i + " has " + row.size() + " cells, the header "
            + header + " has " + header.size());
      }
      copy.add(row);
    }
    rows = List.copyOf(copy);
  }

  /** An empty table with these column names; add rows with {@link #row(Object...)}. */
  public static TextTable of(String... header) {
    return new TextTable(Arrays.asList(header), List.of());
  }

  /** A copy with one more row; each cell is formatted by {@link #cell(Object)}. */
  public TextTable row(Object... cells) {
    requireNonNull(cells, "cells is null");
    List<String> row = new ArrayList<>(cells.length);
    for (Object c : cells) {
      row.add(cell(c));
    }
    List<List<String>> more = new ArrayList<>(rows);
    more.add(row);
    return new TextTable(header, more);
  }

  /**
   * The text of one cell: {@code -} for null, floating-point numbers with 4 decimals ({@code NaN}
   * as is), anything else by {@code toString()}.
   */
  public static String cell(Object value) {
    if (value == null) {
      return "-";
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? String.format(Locale.ROOT, "%.4f", d) : Double.toString(d);
    }
    return value.toString();
  }

  /** The cells of one column, top to bottom. */
  public List<String> column(String name) {
    int i = header.indexOf(requireNonNull(name, "name is null"));
    if (i < 0) {
      throw new IllegalArgumentException("no column '" + name + "' in " + header);
    }
    return rows.stream().map(r -> r.get(i)).toList();
  }

  /** The table as HTML (escaped cells; numbers right-aligned). */
  public String toHtml() {
    StringBuilder out = new StringBuilder("<table>\n<thead><tr>");
    for (String h : header) {
      out.append("<th>").append(Html.escape(h)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> r : rows) {
      out.append("<tr>");
      for (String c : r) {
        out.append(numeric(c) ? "<td style=\"text-align:right\">" : "<td>")
            .append(Html.escape(c)).append("</td>");
      }
      out.append("</tr>\n");
    }
    return out.append("</tbody>\n</table>").toString();
  }

  /**
   * The table as aligned plain text: header, a rule, then the rows. Columns whose cells are all
   * numbers (or {@code -}) are right-aligned, header included.
   */
  @Override
  public String toString() {
    int[] width = new int[header.size()];
    boolean[] right = new boolean[header.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = header.get(i).length();
      right[i] = !rows.isEmpty();
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], r.get(i).length());
        right[i] &= numeric(r.get(i)) || r.get(i).equals("-");
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, header, width, right);
    List<String> rule = new ArrayList<>();
    for (int w : width) {
      rule.add("-".repeat(w));
    }
    line(out, rule, width, right);
    for (List<String> r : rows) {
      line(out, r, width, right);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] width, boolean[] right) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      String pad = " ".repeat(width[i] - c.length());
      line.append(right[i] ? pad + c : c + pad).append("  ");
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static boolean numeric(String cell) {
    return cell.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?%?");
  }
}
