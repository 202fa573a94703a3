package io.ofa4j.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The eager M-RoPE rotation against Hugging Face's {@code apply_multimodal_rotary_pos_emb}. */
class MropeRotaryTest {
  private static Qwen2Config config(int headDim, List<Integer> section) {
    return new Qwen2Config(64, headDim, 8, 1, 1, 1, headDim, "silu", 512, 1e-6, 1e6,
        Map.of("type", "mrope", "mrope_section", section), true, -1, List.of(), false, 0, 1, "float32");
  }

  @Test
  void sectionsMatchTheGoldenRotation() {
    MropeGolden g = MropeGolden.load();
    Qwen2RotaryEmbedding rope = new Qwen2RotaryEmbedding(config(128, List.of(16, 24, 24)));
    int[] section = config(128, List.of(16, 24, 24)).mropeSection();
    for (float[][] pair : new float[][][] {{g.q, g.qEmbed}, {g.k, g.kEmbed}}) {
      float[] x = pair[0].clone();
      float[] cos = new float[64];
      float[] sin = new float[64];
      double max = 0;
      for (int b = 0; b < 2; b++) {
        for (int t = 0; t < 28; t++) {
          int off = (b * 28 + t) * 128; // [B, 1, T, D]
          int[] p = {(int) g.positions[0][b][t], (int) g.positions[1][b][t], (int) g.positions[2][b][t]};
          rope.applySections(x, off, 1, p, section, cos, sin);
        }
      }
      for (int i = 0; i < x.length; i++) {
        max = Math.max(max, Math.abs(x[i] - pair[1][i]));
      }
      assertThat(max).isLessThan(1e-4); // float32 angles at positions up to ~20, as HF computes them
    }
  }

  @Test
  void equalAxesReduceToOneDimensionalRope() {
    Qwen2RotaryEmbedding rope = new Qwen2RotaryEmbedding(config(8, List.of(2, 1, 1)));
    float[] a = {1, 2, 3, 4, 5, 6, 7, 8};
    float[] b = a.clone();
    rope.apply(a, 0, 1, 37, new float[4], new float[4]);
    rope.applySections(b, 0, 1, new int[] {37, 37, 37}, new int[] {2, 1, 1}, new float[4], new float[4]);
    assertThat(b).containsExactly(a);
  }

  @Test
  void badSectionsAreNamed() {
    assertThatThrownBy(() -> config(8, List.of(1, 1, 1)).mropeSection())
        .hasMessageContaining("mrope_section").hasMessageContaining("4");
  }
}
