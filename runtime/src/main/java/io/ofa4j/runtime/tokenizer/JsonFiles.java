package io.ofa4j.runtime.tokenizer;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the small JSON files of a Hugging Face model directory. Every failure names the file (and
 * the field, where one is at fault) and the value found.
 */
public final class JsonFiles {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private JsonFiles() {}

  /** Parses {@code file} into a tree; a missing or malformed file is an error naming it. */
  public static JsonNode read(Path file) {
    requireNonNull(file, "file is null");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("missing file: " + file);
    }
    try {
      JsonNode root = MAPPER.readTree(file.toFile());
      if (root == null || !root.isObject()) {
        throw new IllegalArgumentException(file + ": expected a JSON object at the top level");
      }
      return root;
    } catch (JacksonException e) {
      throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * An id field that may be absent or null (returns an empty list), one integer, or a list of
   * integers ({@code eos_token_id} takes all three forms in Hugging Face files).
   */
  public static List<Integer> intOrList(JsonNode root, String field, Path file) {
    JsonNode node = root.path(field);
    List<Integer> ids = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return ids;
    }
    if (node.isIntegralNumber()) {
      ids.add(nonNegative(node, field, file));
      return ids;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        if (!item.isIntegralNumber()) {
          throw new IllegalArgumentException(
              file + ": field " + field + " must hold integers, found " + item);
        }
        ids.add(nonNegative(item, field, file));
      }
      return ids;
    }
    throw new IllegalArgumentException(
        file + ": field " + field + " must be an integer or a list of integers, found " + node);
  }

  /** An optional integer id field: -1 when absent or null. */
  public static int optionalId(JsonNode root, String field, Path file) {
    List<Integer> ids = intOrList(root, field, file);
    if (ids.size() > 1) {
      throw new IllegalArgumentException(
          file + ": field " + field + " must be one integer, found " + root.get(field));
    }
    return ids.isEmpty() ? -1 : ids.get(0);
  }

  private static int nonNegative(JsonNode node, String field, Path file) {
    if (!node.canConvertToInt() || node.intValue() < 0) {
      throw new IllegalArgumentException(
          file + ": field " + field + " must be a non-negative id, found " + node);
    }
    return node.intValue();
  }
}
