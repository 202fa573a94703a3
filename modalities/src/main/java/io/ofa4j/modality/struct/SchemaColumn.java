package io.ofa4j.modality.struct;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A database column and the cell values to show with it (in OFASys, the values of the column
 * that match the question, found by {@code get_database_matches}; here given by the caller).
 *
 * @param name column name
 * @param values values to list after the name, possibly empty
 */
public record SchemaColumn(String name, List<String> values) {

  /** Copies the values. */
  public SchemaColumn {
    requireNonNull(name, "name is null");
    values = List.copyOf(requireNonNull(values, "values is null"));
  }

  /** A column without values. */
  public static SchemaColumn of(String name) {
    return new SchemaColumn(name, List.of());
  }
}
