package io.ofa4j.modality.image;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed access to slot attributes written as text ({@code max_pixels=50176}), with errors that
 * name the attribute, the value found and the attributes that are known.
 *
 * @param modality modality name, for messages
 * @param values the attributes as written
 * @param known attribute names the modality accepts
 */
public record SlotAttributes(String modality, Map<String, String> values, Set<String> known) {

  /** Rejects unknown attribute names. */
  public SlotAttributes {
    requireNonNull(modality, "modality is null");
    values = Map.copyOf(requireNonNull(values, "values is null"));
    known = Set.copyOf(requireNonNull(known, "known is null"));
    for (String k : values.keySet()) {
      if (!known.contains(k)) {
        throw new IllegalArgumentException("unknown " + modality + " attribute '" + k + "'; known: " + new TreeSet<>(known));
      }
    }
  }

  /** A positive integer attribute, or {@code fallback} when absent. */
  public long positiveLong(String name, long fallback) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      long x = Long.parseLong(v.trim());
      if (x > 0) {
        return x;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(modality + " attribute " + name + " must be a positive integer, found '" + v + "'");
  }

  /** A positive number attribute, or {@code fallback} when absent. */
  public double positiveDouble(String name, double fallback) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      double x = Double.parseDouble(v.trim());
      if (x > 0 && Double.isFinite(x)) {
        return x;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(modality + " attribute " + name + " must be a positive number, found '" + v + "'");
  }

  /** Whether the attribute was written. */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The pixel-pipeline settings from {@code min_pixels}, {@code max_pixels}, {@code max_decode_pixels}. */
  public Qwen2VlImageConfig imageConfig() {
    Qwen2VlImageConfig d = Qwen2VlImageConfig.defaults();
    return d.withPixels(positiveLong("min_pixels", d.minPixels()), positiveLong("max_pixels", d.maxPixels()))
        .withMaxDecodePixels(positiveLong("max_decode_pixels", d.maxDecodePixels()));
  }
}
