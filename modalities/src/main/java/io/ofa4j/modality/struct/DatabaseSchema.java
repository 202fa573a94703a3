package io.ofa4j.modality.struct;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A Spider database schema: its id and tables (Spider's {@code db_table_names} with the columns of
 * {@code db_column_names} grouped by {@code table_id}, the {@code *} column left out).
 *
 * @param dbId database id, e.g. {@code concert_singer}
 * @param tables tables in schema order
 */
public record DatabaseSchema(String dbId, List<SchemaTable> tables) {

  /** Copies the table list. */
  public DatabaseSchema {
    requireNonNull(dbId, "dbId is null");
    tables = List.copyOf(requireNonNull(tables, "tables is null"));
  }
}
