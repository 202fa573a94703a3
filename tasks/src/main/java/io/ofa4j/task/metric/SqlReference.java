package io.ofa4j.task.metric;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * The reference of one text-to-SQL example.
 *
 * @param goldSql the gold query
 * @param database the SQLite file both queries run on (Spider: {@code database/<db_id>/<db_id>.sqlite})
 */
public record SqlReference(String goldSql, Path database) {

  public SqlReference {
    requireNonNull(goldSql, "goldSql is null");
    requireNonNull(database, "database is null");
  }
}
