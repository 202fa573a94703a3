package io.ofa4j.runtime.multitask.text;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.multitask.EpochCursor;
import io.ofa4j.runtime.multitask.StreamPosition;
import io.ofa4j.runtime.multitask.TaskStream;
import io.ofa4j.runtime.multitask.schedule.LengthBuckets;
import io.ofa4j.runtime.multitask.schedule.SplitMix64;
import io.ofa4j.runtime.train.TrainBatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Token sequences of one task as causal-LM micro-batches. Each epoch's order is the
 * {@link LengthBuckets} order drawn from {@code seed} and the epoch number, so a position alone
 * fixes everything that follows (no generator state to save).
 */
public final class TextTaskStream implements TaskStream<TrainBatch> {
  private final String name;
  private final List<int[]> sequences;
  private final int[] lengths;
  private final int padId;
  private final long seed;
  private final int bucketSize;
  private final int poolBatches;
  private final EpochCursor cursor;

  /**
   * @param name task name
   * @param sequences token sequences (each at least 2 tokens)
   * @param padId padding token id
   * @param seed order seed
   * @param bucketSize examples per length bucket (usually the task's micro-batch size)
   * @param poolBatches buckets per sorting pool (1: plain shuffle)
   */
  public TextTaskStream(String name, List<int[]> sequences, int padId, long seed, int bucketSize,
      int poolBatches) {
    this.name = requireNonNull(name, "name is null");
    requireNonNull(sequences, "sequences is null");
    if (sequences.isEmpty()) {
      throw new IllegalArgumentException("task '" + name + "' has no training sequence");
    }
    this.sequences = List.copyOf(sequences);
    this.lengths = new int[sequences.size()];
    for (int i = 0; i < lengths.length; i++) {
      int[] s = requireNonNull(sequences.get(i), "sequence " + i + " of task '" + name + "' is null");
      if (s.length < 2) {
        throw new IllegalArgumentException("sequence " + i + " of task '" + name + "' has "
            + s.length + " tokens, needs >= 2");
      }
      lengths[i] = s.length;
    }
    if (bucketSize <= 0 || poolBatches <= 0) {
      throw new IllegalArgumentException("task '" + name + "': bucketSize (" + bucketSize
          + ") and poolBatches (" + poolBatches + ") must be > 0");
    }
    this.padId = padId;
    this.seed = seed;
    this.bucketSize = bucketSize;
    this.poolBatches = poolBatches;
    this.cursor = new EpochCursor(name, sequences.size(), this::epochOrder);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long size() {
    return sequences.size();
  }

  @Override
  public TrainBatch next(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("task '" + name + "': micro-batch size " + n + " must be > 0");
    }
    List<int[]> picked = new ArrayList<>(n);
    while (picked.size() < n) {
      picked.add(sequences.get(cursor.next()));
    }
    return TrainBatch.causalLm(picked, padId);
  }

  @Override
  public StreamPosition position() {
    return cursor.position();
  }

  @Override
  public void restore(StreamPosition position) {
    cursor.restore(position);
  }

  /** An epoch's example order. */
  private int[] epochOrder(long epoch) {
    // a distinct, well-mixed seed per epoch
    SplitMix64 rng = new SplitMix64(seed ^ new SplitMix64(epoch).nextLong());
    return LengthBuckets.batches(lengths, bucketSize, poolBatches, rng).stream()
        .flatMapToInt(Arrays::stream).toArray();
  }
}
