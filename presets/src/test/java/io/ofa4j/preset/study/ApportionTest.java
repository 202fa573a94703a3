package io.ofa4j.preset.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ApportionTest {
  @Test
  void exactSharesStayExact() {
    assertThat(Apportion.of(new long[] {2, 4, 6}, 6)).containsExactly(1, 2, 3);
    assertThat(Apportion.of(new long[] {7, 0, 3}, 10)).containsExactly(7, 0, 3);
  }

  @Test
  void leftoverUnitsGoToTheLargestRemaindersTiesToTheEarlierShare() {
    // quotas 10/3 = 3.33 each: floors 3,3,3, one unit left, all tie -> the first
    assertThat(Apportion.of(new long[] {1, 1, 1}, 10)).containsExactly(4, 3, 3);
    // quotas 5 * {0.5, 0.3, 0.2} = 2.5, 1.5, 1.0: floors 2,1,1, one left, tie 0.5 vs 0.5 -> the first
    assertThat(Apportion.of(new long[] {5, 3, 2}, 5)).containsExactly(3, 1, 1);
    // quotas 7 * {0.1, 0.6, 0.3} = 0.7, 4.2, 2.1: floors 0,4,2, one left -> 0.7 is largest
    assertThat(Apportion.of(new long[] {1, 6, 3}, 7)).containsExactly(1, 4, 2);
  }

  @Test
  void alwaysSumsToTheTotalAndEachShareIsWithinOneOfItsQuota() {
    SplittableRandom r = new SplittableRandom(7);
    for (int trial = 0; trial < 500; trial++) {
      long[] w = r.longs(1 + r.nextInt(8), 0, 1000).toArray();
      w[0] += 1; // not all zero
      long total = r.nextLong(0, 5000);
      long[] out = Apportion.of(w, total);
      assertThat(Arrays.stream(out).sum()).isEqualTo(total);
      double sum = Arrays.stream(w).sum();
      for (int i = 0; i < w.length; i++) {
        double quota = w[i] * total / sum;
        assertThat((double) out[i]).isBetween(Math.floor(quota), Math.floor(quota) + 1);
      }
    }
  }

  @Test
  void rejectsZeroWeightsNegativeWeightsAndTotals() {
    assertThatThrownBy(() -> Apportion.of(new long[] {0, 0}, 3)).hasMessageContaining("sum to 0");
    assertThatThrownBy(() -> Apportion.of(new long[] {1, -1}, 3)).hasMessageContaining("weight 1 is -1");
    assertThatThrownBy(() -> Apportion.of(new long[] {1}, -3)).hasMessageContaining("found -3");
  }
}
