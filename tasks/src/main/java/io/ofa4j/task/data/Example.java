package io.ofa4j.task.data;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One raw example: slot name to raw value (a {@code String}, a {@code Path}, a {@code
 * List<String>}, a box {@code double[4]} as x0,y0,x1,y1, ...), plus where it came from.
 *
 * @param slots the values by slot name; copied, no null values
 * @param origin {@code file:line} or {@code file#record} of the source record
 */
public record Example(Map<String, Object> slots, String origin) {

  public Example {
    requireNonNull(slots, "slots is null");
    requireNonNull(origin, "origin is null");
    for (Map.Entry<String, Object> e : slots.entrySet()) {
      if (e.getValue() == null) {
        throw new IllegalArgumentException("slot '" + e.getKey() + "' of " + origin + " is null");
      }
    }
    slots = Map.copyOf(slots);
  }

  /** The value of {@code slot}, failing with the known slots and the origin when it is absent. */
  public Object get(String slot) {
    Object v = slots.get(slot);
    if (v == null) {
      throw new IllegalArgumentException(
          "example from " + origin + " has no slot '" + slot + "'; slots: " + slots.keySet());
    }
    return v;
  }

  /** The value of {@code slot} as a string. */
  public String text(String slot) {
    Object v = get(slot);
    if (!(v instanceof String s)) {
      throw new IllegalArgumentException("slot '" + slot + "' of " + origin + " is a "
          + v.getClass().getSimpleName() + ", not a String");
    }
    return s;
  }

  /** The value of {@code slot} as a list of strings. */
  @SuppressWarnings("unchecked")
  public List<String> texts(String slot) {
    Object v = get(slot);
    if (!(v instanceof List<?>)) {
      throw new IllegalArgumentException("slot '" + slot + "' of " + origin + " is a "
          + v.getClass().getSimpleName() + ", not a List");
    }
    return (List<String>) v;
  }

  /**
   * Renames slots: each {@code from -> to} entry moves the value of {@code from} to {@code to};
   * slots not named keep their names. Used to match a format's field names to an instruction's.
   */
  public Example renamed(Map<String, String> names) {
    if (names.isEmpty()) {
      return this;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    slots.forEach((k, v) -> out.put(names.getOrDefault(k, k), v));
    return new Example(out, origin);
  }
}
