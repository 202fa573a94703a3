package io.ofa4j.preset.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LocationEmbeddingInitTest {
  @Test
  void neighbouringBinsAreMoreAlikeThanDistantOnes() {
    float[][] rows = LocationEmbeddingInit.rows(64, 128, 0.02);
    for (int b : new int[] {0, 20, 40, 63}) {
      double self = dot(rows[b], rows[b]);
      double previous = self;
      // similarity falls with distance over the first bins on either side: a peaked kernel
      for (int d = 1; d <= 3; d++) {
        int n = b + d < 64 ? b + d : b - d;
        double s = dot(rows[b], rows[n]);
        assertThat(s).as("bin %d vs %d", b, n).isLessThan(previous);
        previous = s;
      }
      assertThat(dot(rows[b], rows[(b + 32) % 64])).isLessThan(0.5 * self);
    }
  }

  @Test
  void rowsHaveTheRandomInitialisationsScale() {
    float[][] rows = LocationEmbeddingInit.rows(200, 128, 0.02);
    for (float[] r : rows) {
      assertThat(Math.sqrt(dot(r, r) / r.length)).isCloseTo(0.02, within(1e-6));
    }
  }

  @Test
  void mropeSectionsFollowQwen2VlProportions() {
    assertThat(MropeSections.sections(128)).containsExactly(16, 24, 24); // Qwen2-VL's config.json
    assertThat(MropeSections.sections(32)).containsExactly(4, 6, 6);
    assertThat(MropeSections.sections(64).stream().mapToInt(Integer::intValue).sum()).isEqualTo(32);
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * (double) b[i];
    }
    return s;
  }
}
