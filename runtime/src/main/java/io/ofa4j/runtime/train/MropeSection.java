package io.ofa4j.runtime.train;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.model.Qwen2Config;

/**
 * M-RoPE addition (Qwen2-VL): {@code rope_scaling.mrope_section}, the split of the D/2 rotary
 * channels into temporal, height and width blocks (HF {@code apply_multimodal_rotary_pos_emb}),
 * shared by both training engines so they read the config the same way.
 */
public final class MropeSection {
  private MropeSection() {}

  /** The config's {@code mrope_section} ({@link Qwen2Config#mropeSection()}); throws when absent or bad. */
  public static int[] of(Qwen2Config config) {
    requireNonNull(config, "config is null");
    int[] section = config.mropeSection();
    if (section == null) {
      throw new IllegalArgumentException("3-axis (M-RoPE) positions need rope_scaling.mrope_section "
          + "(3 numbers) in the config, found none");
    }
    return section;
  }

  /** For each rotary channel {@code i < D/2}: the position axis (0 t, 1 h, 2 w) whose block holds it. */
  public static int[] axisOfChannel(int[] section, int half) {
    int[] axisOf = new int[half];
    for (int i = 0, axis = 0, end = section[0]; i < half; i++) {
      while (i >= end) {
        end += section[++axis];
      }
      axisOf[i] = axis;
    }
    return axisOf;
  }

  /**
   * Checks that 3-axis positions are {@code [3][B][T]} for a {@code [B, T]} batch.
   *
   * @param mrope the positions (not null)
   */
  public static void checkShape(long[][][] mrope, int b, int t) {
    if (mrope.length != 3) {
      throw new IllegalArgumentException("M-RoPE positions have " + mrope.length + " axes, expected [3][" + b + "]["
          + t + "]");
    }
    for (int a = 0; a < 3; a++) {
      if (mrope[a] == null || mrope[a].length != b) {
        throw new IllegalArgumentException("M-RoPE positions axis " + a + " has "
            + (mrope[a] == null ? "no" : String.valueOf(mrope[a].length)) + " rows, expected " + b);
      }
      for (int r = 0; r < b; r++) {
        if (mrope[a][r] == null || mrope[a][r].length != t) {
          throw new IllegalArgumentException("M-RoPE positions [" + a + "][" + r + "] have "
              + (mrope[a][r] == null ? "no" : String.valueOf(mrope[a][r].length)) + " columns, expected " + t);
        }
      }
    }
  }
}
