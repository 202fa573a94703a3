package io.ofa4j.preset.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A YAML value with the place it was written, so every preset problem can name file:line:column.
 * Jackson's tree model drops locations; this small tree keeps them.
 */
public sealed interface YamlNode {

  /** Where the value starts. */
  Location location();

  /** A mapping; keys keep their own locations (for unknown-key errors). */
  record MapNode(Map<String, Entry> entries, Location location) implements YamlNode {
    public MapNode {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
      Objects.requireNonNull(location, "location is null");
    }

    /** The value under {@code key}, or {@code null}. */
    public YamlNode get(String key) {
      Entry e = entries.get(key);
      return e == null ? null : e.value();
    }
  }

  /** A mapping entry: the key's location and the value. */
  record Entry(String key, Location keyLocation, YamlNode value) {}

  /** A sequence. */
  record ListNode(List<YamlNode> items, Location location) implements YamlNode {
    public ListNode {
      items = List.copyOf(items);
      Objects.requireNonNull(location, "location is null");
    }
  }

  /**
   * A scalar as written. {@code quoted} scalars are always strings; plain ones may be read as
   * numbers or booleans by the binder.
   *
   * @param text the scalar text ({@code null} for YAML null)
   * @param quoted whether it was a string token (quoted or otherwise non-numeric)
   * @param location where it was written
   */
  record Scalar(String text, boolean quoted, Location location) implements YamlNode {
    public Scalar {
      Objects.requireNonNull(location, "location is null");
    }

    /** Whether this is YAML null ({@code ~}, {@code null} or empty). */
    public boolean isNull() {
      return text == null;
    }
  }

  /** A short description of the node's kind for messages ("a mapping", "a list", "'abc'"). */
  static String describe(YamlNode node) {
    if (node instanceof MapNode) {
      return "a mapping";
    }
    if (node instanceof ListNode) {
      return "a list";
    }
    Scalar s = (Scalar) node;
    return s.isNull() ? "null" : "'" + s.text() + "'";
  }
}
