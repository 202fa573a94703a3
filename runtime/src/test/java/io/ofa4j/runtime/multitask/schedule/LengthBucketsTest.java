package io.ofa4j.runtime.multitask.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LengthBucketsTest {
  private static int[] lengths(int n) {
    Random r = new Random(3);
    return r.ints(n, 2, 200).toArray();
  }

  @Test
  void everyExampleExactlyOnceAndBatchesNoLargerThanAsked() {
    int[] lengths = lengths(103);
    List<int[]> batches = LengthBuckets.batches(lengths, 8, 4, new SplitMix64(1));
    int[] all = batches.stream().flatMapToInt(Arrays::stream).sorted().toArray();
    assertThat(all).hasSize(103);
    for (int i = 0; i < 103; i++) {
      assertThat(all[i]).isEqualTo(i);
    }
    assertThat(batches).allMatch(b -> b.length <= 8 && b.length > 0);
  }

  @Test
  void bucketingCutsPaddingAgainstAPlainShuffle() {
    int[] lengths = lengths(512);
    long plain = LengthBuckets.paddingOf(LengthBuckets.batches(lengths, 8, 1, new SplitMix64(5)), lengths);
    long bucketed = LengthBuckets.paddingOf(LengthBuckets.batches(lengths, 8, 16, new SplitMix64(5)), lengths);
    // sorting pools of 128 examples leaves ~1/16 of the length spread inside a batch
    assertThat(bucketed).isLessThan(plain / 4);
  }

  @Test
  void deterministicBySeed() {
    int[] lengths = lengths(64);
    List<int[]> a = LengthBuckets.batches(lengths, 4, 4, new SplitMix64(9));
    List<int[]> b = LengthBuckets.batches(lengths, 4, 4, new SplitMix64(9));
    List<int[]> c = LengthBuckets.batches(lengths, 4, 4, new SplitMix64(10));
    assertThat(a).usingElementComparator(Arrays::compare).containsExactlyElementsOf(b);
    assertThat(a).usingElementComparator(Arrays::compare).isNotEqualTo(c);
  }
}
