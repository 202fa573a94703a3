package io.ofa4j.modality.text;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Set;

/**
 * TEXT slot attributes as OFASys spells them.
 *
 * @param maxLength keep at most this many tokens (0: no limit), applied before noise and masking
 * @param uncased lower-case the text before tokenizing
 * @param noPunctuation drop ASCII punctuation before tokenizing
 * @param maskRatio BART span-masking ratio at training time (0: off)
 * @param noiseRatio probability of replacing each token by a random text token at training time
 */
public record TextOptions(int maxLength, boolean uncased, boolean noPunctuation, double maskRatio, double noiseRatio) {
  /** Attribute names read by {@link #fromAttributes}. */
  public static final Set<String> ATTRIBUTES = Set.of("max_length", "uncased", "no_punctuation", "mask_ratio",
      "noise_ratio");
  /** No options. */
  public static final TextOptions NONE = new TextOptions(0, false, false, 0, 0);

  /** Validates ranges. */
  public TextOptions {
    if (maxLength < 0) {
      throw new IllegalArgumentException("max_length must be >= 0, found " + maxLength);
    }
    if (!(maskRatio >= 0 && maskRatio <= 1)) {
      throw new IllegalArgumentException("mask_ratio must be in [0, 1], found " + maskRatio);
    }
    if (!(noiseRatio >= 0 && noiseRatio <= 1)) {
      throw new IllegalArgumentException("noise_ratio must be in [0, 1], found " + noiseRatio);
    }
  }

  /**
   * Reads attributes; flags ({@code uncased}, {@code no_punctuation}) count as set when present
   * with an empty value or {@code true}, as in OFASys's {@code slot.has_attr}.
   */
  public static TextOptions fromAttributes(Map<String, String> attributes) {
    requireNonNull(attributes, "attributes is null");
    for (String k : attributes.keySet()) {
      if (!ATTRIBUTES.contains(k)) {
        throw new IllegalArgumentException("unknown TEXT attribute '" + k + "'; known: " + ATTRIBUTES);
      }
    }
    return new TextOptions(
        (int) number(attributes, "max_length", 0),
        flag(attributes, "uncased"),
        flag(attributes, "no_punctuation"),
        number(attributes, "mask_ratio", 0),
        number(attributes, "noise_ratio", 0));
  }

  private static boolean flag(Map<String, String> a, String key) {
    String v = a.get(key);
    if (v == null) {
      return false;
    }
    return switch (v.strip()) {
      case "", "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw new IllegalArgumentException("TEXT attribute " + key + ": expected true or false, found '" + v + "'");
    };
  }

  private static double number(Map<String, String> a, String key, double dflt) {
    String v = a.get(key);
    if (v == null) {
      return dflt;
    }
    try {
      double d = Double.parseDouble(v.strip());
      if (key.equals("max_length") && d != Math.rint(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("TEXT attribute " + key + ": not a " + (key.equals("max_length") ? "whole " : "")
          + "number: '" + v + "'", e);
    }
  }
}
