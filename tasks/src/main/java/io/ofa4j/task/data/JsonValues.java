package io.ofa4j.task.data;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Conversions from JSON nodes to the raw slot values of an {@link Example}. */
final class JsonValues {

  /** For streaming: reads one element tree from a parser that has more tokens after it. */
  static final JsonMapper MAPPER =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  /** For one complete document per line (JSONL), where trailing tokens are an error. */
  static final JsonMapper LINE_MAPPER = JsonMapper.builder().build();

  private JsonValues() {}

  /**
   * Strings, numbers and booleans become their text; arrays become lists (nested arrays nested
   * lists, e.g. a table as rows of cells); objects become their JSON text.
   */
  static Object toRaw(JsonNode node) {
    if (node.isArray()) {
      List<Object> out = new ArrayList<>(node.size());
      for (JsonNode child : node) {
        out.add(toRaw(child));
      }
      return List.copyOf(out);
    }
    if (node.isObject()) {
      return node.toString();
    }
    return node.isNull() ? "" : node.asString();
  }

  /** A required string field; a missing or non-scalar field is a malformed record. */
  static String text(JsonNode node, String field, String location) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isContainer()) {
      throw new MalformedRecordException(location,
          "field '" + field + "' is " + (v == null ? "missing" : "not a string: " + v));
    }
    return v.asString();
  }

  /** A required array of strings. */
  static List<String> texts(JsonNode node, String field, String location) {
    JsonNode v = node.get(field);
    if (v == null || !v.isArray()) {
      throw new MalformedRecordException(location,
          "field '" + field + "' is " + (v == null ? "missing" : "not an array: " + v));
    }
    List<String> out = new ArrayList<>();
    for (JsonNode child : v) {
      out.add(child.asString());
    }
    return List.copyOf(out);
  }

  /** A required array of four numbers. */
  static double[] box(JsonNode node, String field, String location) {
    JsonNode v = node.get(field);
    if (v == null || !v.isArray() || v.size() != 4 || !v.get(0).isNumber()) {
      throw new MalformedRecordException(location, "field '" + field + "' is not 4 numbers: " + v);
    }
    return new double[] {v.get(0).asDouble(), v.get(1).asDouble(), v.get(2).asDouble(), v.get(3).asDouble()};
  }
}
