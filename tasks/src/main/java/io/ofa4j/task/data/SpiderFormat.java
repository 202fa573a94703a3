package io.ofa4j.task.data;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Spider text-to-SQL: {@code train_spider.json} / {@code dev.json} (a JSON array of {@code
 * {"db_id", "question", "query", ...}}), {@code tables.json} (schemas: {@code table_names_original},
 * {@code column_names_original} as {@code [table_index, name]} pairs, index -1 for {@code *}) and
 * {@code database/<db_id>/<db_id>.sqlite}.
 *
 * <p>Slots: {@code question}, {@code query}, {@code db_id}, {@code database} (Path), {@code
 * schema} (one line per table: {@code table: col1, col2}). A db_id missing from tables.json is a
 * malformed record.
 *
 * @param tables the {@code tables.json} file
 * @param databaseDir the {@code database/} folder
 */
public record SpiderFormat(Path tables, Path databaseDir) implements RecordFormat {

  public SpiderFormat {
    requireNonNull(tables, "tables is null");
    requireNonNull(databaseDir, "databaseDir is null");
  }

  /** db_id to schema text, from tables.json. */
  Map<String, String> schemas() {
    Map<String, String> out = new HashMap<>();
    try (JsonArrayCursor c = new JsonArrayCursor(tables, null, 0) {
          @Override
          List<Example> expand(JsonNode db, String location) {
            List<String> names = JsonValues.texts(db, "table_names_original", location);
            List<List<String>> columns = new ArrayList<>();
            names.forEach(n -> columns.add(new ArrayList<>()));
            for (JsonNode col : db.path("column_names_original")) {
              int table = col.path(0).asInt(-1);
              if (table >= 0 && table < names.size()) {
                columns.get(table).add(col.path(1).asString(""));
              }
            }
            StringBuilder sb = new StringBuilder();
            for (int t = 0; t < names.size(); t++) {
              sb.append(t == 0 ? "" : "\n").append(names.get(t)).append(": ").append(String.join(", ", columns.get(t)));
            }
            out.put(JsonValues.text(db, "db_id", location), sb.toString());
            return List.of();
          }
        }) {
      c.next();
    }
    return out;
  }

  @Override
  public RecordCursor open(Path file, long recordIndex, long byteOffset) {
    Map<String, String> schemas = schemas();
    return new JsonArrayCursor(file, null, recordIndex) {
      @Override
      List<Example> expand(JsonNode ex, String location) {
        String dbId = JsonValues.text(ex, "db_id", location);
        String schema = schemas.get(dbId);
        if (schema == null) {
          throw new MalformedRecordException(location, "db_id '" + dbId + "' is not in " + tables);
        }
        Map<String, Object> slots = new LinkedHashMap<>();
        slots.put("question", JsonValues.text(ex, "question", location));
        slots.put("query", JsonValues.text(ex, "query", location));
        slots.put("db_id", dbId);
        slots.put("database", databaseDir.resolve(dbId).resolve(dbId + ".sqlite"));
        slots.put("schema", schema);
        return List.of(new Example(slots, location));
      }
    };
  }
}
