package io.ofa4j.task.data;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Streams the elements of one JSON array (the root array, or the array under a top-level field such
 * as {@code "images"}) with Jackson's streaming parser, so a multi-gigabyte file is never held in
 * memory; only one element tree at a time is. An element may expand into several examples (one per
 * caption, per annotation); the record index counts emitted examples and malformed elements, and a
 * resume skips that many (no byte seeking).
 */
abstract class JsonArrayCursor implements RecordCursor {

  private final Path file;
  private final JsonParser parser;
  private final Deque<Example> pending = new ArrayDeque<>();
  private long elementIndex;
  private long recordIndex;
  private boolean done;

  /**
   * @param file the JSON file
   * @param arrayField the top-level field holding the array, or null for a root array
   * @param skip records to skip (resume)
   */
  JsonArrayCursor(Path file, String arrayField, long skip) {
    this.file = file;
    try {
      this.parser = JsonValues.MAPPER.createParser(file);
      seekArray(arrayField);
    } catch (JacksonException e) {
      throw new DatasetException(file + ": not readable as JSON: " + e.getOriginalMessage(), e);
    }
    while (recordIndex < skip) {
      try {
        if (next() == null) {
          break;
        }
      } catch (MalformedRecordException ignored) {
        // counted by next(); a resume re-skips the same bad records
      }
    }
  }

  /**
   * Called for each top-level field before the array when {@link #wantsField} says so (e.g. a
   * task definition that precedes the instances).
   */
  void onField(String name, JsonNode value) {}

  boolean wantsField(String name) {
    return false;
  }

  /** Converts one array element into zero or more examples. */
  abstract List<Example> expand(JsonNode element, String location);

  Path file() {
    return file;
  }

  private void seekArray(String field) {
    JsonToken first = parser.nextToken();
    if (field == null) {
      if (first != JsonToken.START_ARRAY) {
        throw new DatasetException(file + ": expected a JSON array at the top level but found " + first);
      }
      return;
    }
    if (first != JsonToken.START_OBJECT) {
      throw new DatasetException(file + ": expected a JSON object with field '" + field + "' but found " + first);
    }
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals(field)) {
        if (value != JsonToken.START_ARRAY) {
          throw new DatasetException(file + ": field '" + field + "' is not an array but " + value);
        }
        return;
      }
      if (wantsField(name)) {
        onField(name, JsonValues.MAPPER.readTree(parser));
      } else {
        parser.skipChildren();
      }
    }
    throw new DatasetException(file + ": no top-level field '" + field + "'");
  }

  @Override
  public final Example next() {
    while (pending.isEmpty()) {
      if (done) {
        return null;
      }
      JsonNode element;
      try {
        JsonToken t = parser.nextToken();
        if (t == JsonToken.END_ARRAY || t == null) {
          done = true;
          return null;
        }
        element = JsonValues.MAPPER.readTree(parser);
      } catch (JacksonException e) {
        done = true;
        recordIndex++;
        throw new MalformedRecordException(file + "#" + elementIndex,
            "invalid JSON at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
      }
      String location = file + "#" + elementIndex++;
      try {
        pending.addAll(expand(element, location));
      } catch (MalformedRecordException bad) {
        recordIndex++;
        throw bad;
      }
    }
    recordIndex++;
    return pending.poll();
  }

  @Override
  public final long recordIndex() {
    return recordIndex;
  }

  @Override
  public final long byteOffset() {
    return -1;
  }

  @Override
  public void close() {
    parser.close();
  }
}
