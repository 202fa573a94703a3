package io.ofa4j.runtime.train;

import java.util.Locale;

/** Which {@link DecoderEngine} computes gradients ({@code --engine} values of {@code bench train}). */
public enum EngineChoice {
  /** The fused step where it supports the model and weights, SameDiff otherwise. */
  AUTO,
  /** The hand-written fused step (float32 only). */
  FUSED,
  /** The SameDiff graph (any float type; the reference the fused step is tested against). */
  SAMEDIFF;

  /** Parses {@code auto}, {@code fused} or {@code samediff} (case-insensitive); names the bad value. */
  public static EngineChoice parse(String s) {
    if (s != null) {
      for (EngineChoice c : values()) {
        if (c.name().equals(s.trim().toUpperCase(Locale.ROOT))) {
          return c;
        }
      }
    }
    throw new IllegalArgumentException("engine must be auto, fused or samediff, found '" + s + "'");
  }
}
