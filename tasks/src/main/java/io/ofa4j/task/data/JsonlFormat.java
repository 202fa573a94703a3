package io.ofa4j.task.data;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * JSON Lines, one object per line, with a slot-to-field mapping; a field may be a dotted path
 * ({@code meta.title}). Values convert as in {@link JsonValues#toRaw}: arrays become lists (FeTaQA's
 * {@code table_array} becomes rows of cells). A missing field or invalid JSON is a malformed record.
 *
 * @param fields slot name to JSON field path
 */
public record JsonlFormat(Map<String, String> fields) implements RecordFormat {

  public JsonlFormat {
    requireNonNull(fields, "fields is null");
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("JSONL field mapping is empty");
    }
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** FeTaQA ({@code fetaQA-v1_*.jsonl}): table, question, answer, page and section titles, highlighted cells. */
  public static JsonlFormat fetaQa() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("table", "table_array");
    f.put("question", "question");
    f.put("answer", "answer");
    f.put("page_title", "table_page_title");
    f.put("section_title", "table_section_title");
    f.put("highlighted_cells", "highlighted_cell_ids");
    return new JsonlFormat(f);
  }

  /** Parses one JSON line, or throws a malformed-record exception naming the location. */
  static JsonNode parseLine(String line, String location) {
    try {
      JsonNode node = JsonValues.LINE_MAPPER.readTree(line);
      if (!node.isObject()) {
        throw new MalformedRecordException(location, "expected a JSON object but found " + node.getNodeType());
      }
      return node;
    } catch (JacksonException e) {
      throw new MalformedRecordException(location, "invalid JSON: " + e.getOriginalMessage());
    }
  }

  @Override
  public RecordCursor open(Path file, long recordIndex, long byteOffset) {
    return new LineRecordCursor(file, recordIndex, byteOffset) {
      @Override
      Example parse(String line, long lineNumber, String location) {
        if (line.isBlank()) {
          return null;
        }
        JsonNode node = parseLine(line, location);
        Map<String, Object> slots = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : fields.entrySet()) {
          JsonNode v = node;
          for (String part : e.getValue().split("\\.")) {
            v = v.get(part);
            if (v == null) {
              throw new MalformedRecordException(location, "missing field '" + e.getValue()
                  + "' for slot '" + e.getKey() + "'; fields: " + node.propertyNames());
            }
          }
          slots.put(e.getKey(), JsonValues.toRaw(v));
        }
        return new Example(slots, location);
      }
    };
  }
}
