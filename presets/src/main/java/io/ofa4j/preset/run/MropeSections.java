package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.model.Qwen2Config;
import java.util.List;
import java.util.Map;

/**
 * Turns on Qwen2-VL's multimodal RoPE for a from-scratch config: {@code rope_scaling} gets {@code
 * type: mrope} and an {@code mrope_section} splitting the {@code D/2} rotary frequencies into
 * temporal, height and width parts in Qwen2-VL's proportions (16/24/24 of 64 for head_dim 128,
 * Qwen2-VL {@code config.json}), e.g. 4/6/6 for head_dim 32.
 */
final class MropeSections {
  private MropeSections() {}

  /** {@code config} with M-RoPE sections for its head dimension. */
  static Qwen2Config enable(Qwen2Config config) {
    requireNonNull(config, "config is null");
    return config.withRopeScaling(Map.of("type", "mrope", "mrope_section", sections(config.headDim())));
  }

  /** Temporal, height, width frequency counts summing to {@code headDim / 2}: 1/4, 3/8, 3/8. */
  static List<Integer> sections(int headDim) {
    int half = headDim / 2;
    if (half < 3) {
      throw new IllegalArgumentException("M-RoPE needs head_dim >= 6 (three sections), found " + headDim);
    }
    int spatial = Math.max(1, (3 * half) / 8);
    return List.of(half - 2 * spatial, spatial, spatial);
  }
}
