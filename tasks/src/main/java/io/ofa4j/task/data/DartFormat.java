package io.ofa4j.task.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * DART table-to-text ({@code dart-v1.1.1-full-train.json}): a JSON array of {@code {"tripleset":
 * [[subject, predicate, object], ...], "annotations": [{"source", "text"}, ...]}}. One example per
 * annotation: {@code triples} (each as {@code "subject | predicate | object"}), {@code text},
 * {@code source}. A triple without exactly three parts is a malformed record.
 */
public record DartFormat() implements RecordFormat {

  @Override
  public RecordCursor open(Path file, long recordIndex, long byteOffset) {
    return new JsonArrayCursor(file, null, recordIndex) {
      @Override
      List<Example> expand(JsonNode entry, String location) {
        List<String> triples = new ArrayList<>();
        for (JsonNode t : entry.path("tripleset")) {
          if (!t.isArray() || t.size() != 3) {
            throw new MalformedRecordException(location, "triple is not [subject, predicate, object]: " + t);
          }
          triples.add(t.get(0).asString() + " | " + t.get(1).asString() + " | " + t.get(2).asString());
        }
        if (triples.isEmpty()) {
          throw new MalformedRecordException(location, "empty or missing 'tripleset'");
        }
        List<Example> out = new ArrayList<>();
        for (JsonNode a : entry.path("annotations")) {
          Map<String, Object> slots = new LinkedHashMap<>();
          slots.put("triples", List.copyOf(triples));
          slots.put("text", JsonValues.text(a, "text", location));
          slots.put("source", a.path("source").asString(""));
          out.add(new Example(slots, location));
        }
        return out;
      }
    };
  }
}
