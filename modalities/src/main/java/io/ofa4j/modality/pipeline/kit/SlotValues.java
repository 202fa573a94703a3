package io.ofa4j.modality.pipeline.kit;

import io.ofa4j.planner.plan.SlotPlan;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Small conversions of raw slot values and attributes shared by the kits. */
public final class SlotValues {
  private SlotValues() {}

  /** The slot's attributes among {@code known}, as printed strings (for the modality configs). */
  public static Map<String, String> attributes(SlotPlan slot, Set<String> known) {
    Map<String, String> out = new LinkedHashMap<>();
    slot.attributes().values().forEach((k, v) -> {
      if (known.contains(k)) {
        out.put(k, v.display());
      }
    });
    return out;
  }

  /** A {@code Path} or a path string as a path. */
  public static Path path(Object value) {
    if (value instanceof Path p) {
      return p;
    }
    if (value instanceof String s && !s.isBlank()) {
      return Path.of(s);
    }
    throw new IllegalArgumentException("expected a file path, found " + describe(value));
  }

  /** A {@code String} value. */
  public static String text(Object value) {
    if (value instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException("expected text, found " + describe(value));
  }

  /** The value's type and a short rendering, for messages. */
  public static String describe(Object value) {
    if (value == null) {
      return "(none)";
    }
    String shown = value instanceof double[] d ? java.util.Arrays.toString(d)
        : value instanceof float[][] f ? "float[" + f.length + "][]" : String.valueOf(value);
    if (shown.length() > 80) {
      shown = shown.substring(0, 77) + "...";
    }
    return (value == null ? "null" : value.getClass().getSimpleName()) + " " + shown;
  }
}
