package io.ofa4j.modality.struct;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads STRUCT values from JSON: a table {@code {"name"?, "header": [...], "rows": [[...]]}},
 * triples {@code {"triples": [[s, p, o], ...]}} or a schema {@code {"db_id", "tables": [{"name",
 * "columns": ["col" | {"name", "values": [...]}]}]}}. Errors name the JSON path and the value found.
 */
public final class StructReader {
  private StructReader() {}

  /** The kind of structure in {@code json}: {@code table}, {@code triples} or {@code database}. */
  public static String kind(JsonNode json) {
    requireNonNull(json, "json is null");
    if (json.has("triples")) {
      return "triples";
    }
    if (json.has("db_id")) {
      return "database";
    }
    if (json.has("header")) {
      return "table";
    }
    throw new IllegalArgumentException("STRUCT JSON needs 'header' (table), 'triples' or 'db_id' (database), found keys "
        + json.propertyNames());
  }

  /** A table. */
  public static Table table(JsonNode json) {
    List<List<String>> rows = new ArrayList<>();
    JsonNode r = array(json, "rows", "$");
    for (int i = 0; i < r.size(); i++) {
      rows.add(strings(r.get(i), "$.rows[" + i + "]"));
    }
    String name = json.has("name") ? text(json.get("name"), "$.name") : "";
    return new Table(name, strings(array(json, "header", "$"), "$.header"), rows);
  }

  /** Triples. */
  public static List<Triple> triples(JsonNode json) {
    JsonNode t = array(json, "triples", "$");
    List<Triple> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      List<String> spo = strings(t.get(i), "$.triples[" + i + "]");
      if (spo.size() != 3) {
        throw new IllegalArgumentException("$.triples[" + i + "]: a triple needs 3 strings, found " + spo.size());
      }
      out.add(new Triple(spo.get(0), spo.get(1), spo.get(2)));
    }
    return out;
  }

  /** A database schema. */
  public static DatabaseSchema database(JsonNode json) {
    JsonNode t = array(json, "tables", "$");
    List<SchemaTable> tables = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      String at = "$.tables[" + i + "]";
      JsonNode c = array(t.get(i), "columns", at);
      List<SchemaColumn> cols = new ArrayList<>();
      for (int k = 0; k < c.size(); k++) {
        JsonNode col = c.get(k);
        String cat = at + ".columns[" + k + "]";
        cols.add(col.isString() ? SchemaColumn.of(col.asString())
            : new SchemaColumn(text(col.get("name"), cat + ".name"),
                col.has("values") ? strings(col.get("values"), cat + ".values") : List.of()));
      }
      tables.add(new SchemaTable(text(t.get(i).get("name"), at + ".name"), cols));
    }
    return new DatabaseSchema(text(json.get("db_id"), "$.db_id"), tables);
  }

  private static JsonNode array(JsonNode parent, String key, String at) {
    JsonNode n = parent == null ? null : parent.get(key);
    if (n == null || !n.isArray()) {
      throw new IllegalArgumentException(at + "." + key + ": expected an array, found " + (n == null ? "nothing" : n));
    }
    return n;
  }

  private static List<String> strings(JsonNode n, String at) {
    if (n == null || !n.isArray()) {
      throw new IllegalArgumentException(at + ": expected an array of strings, found " + n);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      JsonNode v = n.get(i);
      if (!v.isValueNode() || v.isNull()) {
        throw new IllegalArgumentException(at + "[" + i + "]: expected a string or number, found " + v);
      }
      out.add(v.asString());
    }
    return out;
  }

  private static String text(JsonNode n, String at) {
    if (n == null || !n.isValueNode() || n.isNull()) {
      throw new IllegalArgumentException(at + ": expected a string, found " + n);
    }
    return n.asString();
  }
}
