package io.ofa4j.modality.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One example as the engine reads it: slot name to raw value, plus where it came from. The tasks
 * module's {@code Example} converts with {@code new RawExample(example.slots(), example.origin())}
 * (this module sits below it).
 *
 * @param slots values by slot name (a repeat group's items under one key as a {@code List})
 * @param origin {@code file:line} or {@code file#record}
 */
public record RawExample(Map<String, Object> slots, String origin) {
  public RawExample {
    requireNonNull(slots, "slots is null");
    requireNonNull(origin, "origin is null");
    slots = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(slots));
  }

  /** An example of alternating slot names and values, e.g. {@code of("ex#1", "img", path, "cap", "a dog")}. */
  public static RawExample of(String origin, Object... keyValues) {
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException("keyValues needs name/value pairs, got " + keyValues.length + " items");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return new RawExample(m, origin);
  }
}
