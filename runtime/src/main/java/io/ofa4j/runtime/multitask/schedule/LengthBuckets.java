package io.ofa4j.runtime.multitask.schedule;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Length bucketing, as fairseq's and OFASys's "batch by size" within a shuffled pool: shuffle all
 * examples, cut them into pools of {@code poolBatches * batchSize}, sort each pool by length and
 * cut it into batches, then shuffle the order of the batches. Examples of a batch have similar
 * lengths (little padding) while the epoch stays random.
 */
public final class LengthBuckets {
  private LengthBuckets() {}

  /**
   * One epoch's example order as batches of indices into {@code lengths}.
   *
   * @param lengths sequence length of each example
   * @param batchSize examples per batch (the last batch of a pool may be smaller)
   * @param poolBatches batches per sorting pool (1: no bucketing beyond the shuffle)
   * @param rng generator (advanced)
   */
  public static List<int[]> batches(int[] lengths, int batchSize, int poolBatches, SplitMix64 rng) {
    requireNonNull(lengths, "lengths is null");
    requireNonNull(rng, "rng is null");
    if (batchSize <= 0 || poolBatches <= 0) {
      throw new IllegalArgumentException("batchSize (" + batchSize + ") and poolBatches ("
          + poolBatches + ") must be > 0");
    }
    int n = lengths.length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    rng.shuffle(order);
    int pool = batchSize * poolBatches;
    List<int[]> out = new ArrayList<>();
    for (int start = 0; start < n; start += pool) {
      Integer[] chunk = Arrays.stream(order, start, Math.min(n, start + pool)).boxed().toArray(Integer[]::new);
      Arrays.sort(chunk, Comparator.comparingInt(i -> lengths[i])); // stable: ties keep shuffled order
      for (int b = 0; b < chunk.length; b += batchSize) {
        int end = Math.min(chunk.length, b + batchSize);
        out.add(Arrays.stream(chunk, b, end).mapToInt(Integer::intValue).toArray());
      }
    }
    for (int i = out.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int[] t = out.get(i);
      out.set(i, out.get(j));
      out.set(j, t);
    }
    return out;
  }

  /** Padding tokens a batch layout costs: sum over batches of (max length - length). */
  public static long paddingOf(List<int[]> batches, int[] lengths) {
    long pad = 0;
    for (int[] b : batches) {
      int max = 0;
      for (int i : b) {
        max = Math.max(max, lengths[i]);
      }
      for (int i : b) {
        pad += max - lengths[i];
      }
    }
    return pad;
  }
}
