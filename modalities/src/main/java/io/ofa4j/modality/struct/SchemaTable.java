package io.ofa4j.modality.struct;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One table of a database schema.
 *
 * @param name table name
 * @param columns its columns in schema order
 */
public record SchemaTable(String name, List<SchemaColumn> columns) {

  /** Copies the column list. */
  public SchemaTable {
    requireNonNull(name, "name is null");
    columns = List.copyOf(requireNonNull(columns, "columns is null"));
  }
}
