package io.ofa4j.modality.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpanMaskerTest {
  private static final int MASK = 50_000;

  private static int[] tokens(int n) {
    int[] t = new int[n];
    for (int i = 0; i < n; i++) {
      t[i] = 5 + i % 1000;
    }
    return t;
  }

  @Test
  void masksAboutTheRatioInContiguousSpansWithMeanNearLambda() {
    SpanMasker m = SpanMasker.withDefaults(MASK, 1000);
    int[] src = tokens(20_000);
    int[] out = m.mask(src, 0.3, 11);
    int masked = 0;
    int spans = 0;
    for (int i = 0; i < out.length && i < src.length; i++) {
      if (out[i] == MASK) {
        masked++;
        if (i == 0 || out[i - 1] != MASK) {
          spans++;
        }
      }
    }
    // Inserted masks (zero-length spans, P(0) = e^-3 = 5%) shift later tokens, so compare only counts.
    assertThat(out.length).isGreaterThanOrEqualTo(src.length);
    assertThat(masked / 20_000.0).isBetween(0.2, 0.32);
    // Overlapping spans merge, so observed spans are a little longer than lambda = 3.
    assertThat(masked / (double) spans).isBetween(2.5, 4.5);
  }

  @Test
  void isDeterministicPerSeedAndKeepsUnmaskedTokensInOrder() {
    SpanMasker m = SpanMasker.withDefaults(MASK, 1000);
    int[] src = tokens(50);
    assertThat(m.mask(src, 0.3, 3)).containsExactly(m.mask(src, 0.3, 3));
    int[] out = m.mask(src, 0.3, 4);
    int j = 0;
    for (int v : out) {
      if (v != MASK) {
        while (src[j] != v) {
          j++;
        }
        j++;
      }
    }
    assertThat(j).isLessThanOrEqualTo(src.length);
    assertThat(m.mask(src, 0.0, 4)).containsExactly(src);
  }

  @Test
  void randomRatioReplacesWithVocabularyIdsInsteadOfMask() {
    SpanMasker m = new SpanMasker(MASK, 4, 1000, 3.0, 1.0);
    int[] out = m.mask(tokens(200), 0.5, 9);
    for (int v : out) {
      assertThat(v).isNotEqualTo(MASK).isBetween(4, 1004);
    }
    assertThat(out).isNotEqualTo(tokens(200));
  }

  @Test
  void noiseReplacesAboutTheRatio() {
    int[] src = tokens(10_000);
    int[] out = TokenNoise.apply(src, 0.2, 4, 1000, 5);
    int changed = 0;
    for (int i = 0; i < src.length; i++) {
      if (out[i] != src[i]) {
        changed++;
        assertThat(out[i]).isBetween(4, 999);
      }
    }
    assertThat(changed / 10_000.0).isBetween(0.18, 0.22);
  }
}
