package io.ofa4j.runtime.model;

import java.util.Map;

/**
 * Rotary position embedding as {@code Qwen2RotaryEmbedding} + {@code apply_rotary_pos_emb}
 * compute it: {@code inv_freq[i] = 1 / theta^(2i / D)} (float32), angle = position * inv_freq,
 * and the "rotate_half" pairing of dimension {@code i} with {@code i + D/2} (not GPT-J's
 * interleaved pairs).
 *
 * <p>{@code rope_scaling}: absent or type {@code default} leaves the frequencies alone;
 * {@code linear} divides them by {@code factor} (HF {@code _compute_linear_scaling_rope_parameters});
 * {@code mrope} (Qwen2-VL) keeps the default frequencies and splits the channels into temporal,
 * height and width sections ({@link #applySections}); any other type (dynamic, yarn, longrope,
 * llama3) is rejected by name.
 */
final class Qwen2RotaryEmbedding {
  private final int headDim;
  private final float[] invFreq; // [D/2]

  Qwen2RotaryEmbedding(Qwen2Config config) {
    this.headDim = config.headDim();
    int half = headDim / 2;
    float scale = scalingFactor(config.ropeScaling());
    invFreq = new float[half];
    for (int i = 0; i < half; i++) {
      float exponent = (float) (2 * i) / headDim;
      invFreq[i] = (float) (1.0 / (float) Math.pow(config.ropeTheta(), exponent)) / scale;
    }
  }

  /** The linear scaling factor, or 1; throws naming an unsupported {@code rope_scaling} type. */
  static float scalingFactor(Map<String, Object> ropeScaling) {
    if (ropeScaling.isEmpty()) {
      return 1f;
    }
    Object type = ropeScaling.getOrDefault("rope_type", ropeScaling.get("type"));
    if (type == null || type.equals("default") || type.equals("mrope")) {
      return 1f; // M-RoPE addition: Qwen2-VL's "mrope" uses the default inverse frequencies
    }
    if (type.equals("linear")) {
      Object factor = ropeScaling.get("factor");
      if (!(factor instanceof Number n) || !(n.doubleValue() >= 1.0)) {
        throw new IllegalArgumentException(
            "rope_scaling.factor (" + factor + ") must be a number >= 1 for linear scaling");
      }
      return n.floatValue();
    }
    throw new IllegalArgumentException("rope_scaling type ('" + type
        + "') is not supported by the ofa4j Qwen2 model (supported: default, linear)");
  }

  /**
   * Rotates {@code heads} consecutive head vectors of {@code x} starting at {@code off}
   * ({@code [heads, D]}) in place for one token at {@code position}.
   */
  void apply(float[] x, int off, int heads, int position, float[] cos, float[] sin) {
    int half = headDim / 2;
    for (int i = 0; i < half; i++) {
      float angle = position * invFreq[i]; // float32 product, as HF computes freqs
      cos[i] = (float) Math.cos(angle);
      sin[i] = (float) Math.sin(angle);
    }
    rotate(x, off, heads, cos, sin);
  }

  /** Rotate-half of {@code heads} head vectors with the given angles' cos/sin {@code [D/2]}. */
  private void rotate(float[] x, int off, int heads, float[] cos, float[] sin) {
    int half = headDim / 2;
    for (int h = 0; h < heads; h++) {
      int base = off + h * headDim;
      for (int i = 0; i < half; i++) {
        float a = x[base + i];
        float b = x[base + half + i];
        x[base + i] = a * cos[i] - b * sin[i];
        x[base + half + i] = b * cos[i] + a * sin[i];
      }
    }
  }

  /**
   * M-RoPE addition (Qwen2-VL {@code apply_multimodal_rotary_pos_emb}): like {@link #apply}, but
   * channel {@code i} of each half takes its angle from axis {@code a} of {@code position3}
   * (temporal, height, width) where {@code i} falls in the {@code a}-th block of {@code section}
   * ({@code mrope_section}, summing to D/2).
   */
  void applySections(float[] x, int off, int heads, int[] position3, int[] section, float[] cos, float[] sin) {
    int half = headDim / 2;
    int axis = 0;
    int end = section[0];
    for (int i = 0; i < half; i++) {
      while (i >= end) {
        end += section[++axis];
      }
      float angle = position3[axis] * invFreq[i];
      cos[i] = (float) Math.cos(angle);
      sin[i] = (float) Math.sin(angle);
    }
    rotate(x, off, heads, cos, sin);
  }

}
