package io.ofa4j.runtime.multitask.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SplitMix64Test {
  @Test
  void matchesTheJdkSplittableRandomSequence() {
    // SplittableRandom(seed).nextLong() is the same SplitMix64 mix with the golden gamma
    SplittableRandom jdk = new SplittableRandom(123);
    SplitMix64 ours = new SplitMix64(123);
    for (int i = 0; i < 100; i++) {
      assertThat(ours.nextLong()).isEqualTo(jdk.nextLong());
    }
  }

  @Test
  void nextIntIsUniform() {
    SplitMix64 r = new SplitMix64(4);
    int[] counts = new int[7];
    for (int i = 0; i < 70_000; i++) {
      counts[r.nextInt(7)]++;
    }
    for (int c : counts) {
      assertThat(c / 70_000.0).isCloseTo(1 / 7.0, within(4 * Math.sqrt((1 / 7.0) * (6 / 7.0) / 70_000)));
    }
  }
}
