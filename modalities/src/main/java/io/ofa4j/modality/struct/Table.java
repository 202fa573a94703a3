package io.ofa4j.modality.struct;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A table: a header and rows of cells. Every row must have as many cells as the header.
 *
 * @param name table name, empty when there is none
 * @param header column names, at least one
 * @param rows data rows
 */
public record Table(String name, List<String> header, List<List<String>> rows) {

  /** Copies the lists and rejects ragged rows, naming the row and both lengths. */
  public Table {
    requireNonNull(name, "name is null");
    requireNonNull(header, "header is null");
    requireNonNull(rows, "rows is null");
    if (header.isEmpty()) {
      throw new IllegalArgumentException("table header is empty");
    }
    header = List.copyOf(header);
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = requireNonNull(rows.get(r), "table row " + r + " is null");
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("table row " + r + " has " + row.size() + " cells, the header has "
            + header.size() + " (" + String.join(", ", header) + ")");
      }
      for (int c = 0; c < row.size(); c++) {
        requireNonNull(row.get(c), "table row " + r + " column " + c + " is null");
      }
    }
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** A table without a name. */
  public static Table of(List<String> header, List<List<String>> rows) {
    return new Table("", header, rows);
  }
}
