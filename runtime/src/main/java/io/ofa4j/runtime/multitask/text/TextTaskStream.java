package io.ofa4j.runtime.multitask.text;

import static java.util.Objects.requireNonNull;

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
  private long epoch;
  private long offset;
  private int[] order;

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
      if (offset == sequences.size()) {
        epoch++;
        offset = 0;
        order = null;
      }
      picked.add(sequences.get(epochOrder()[(int) offset++]));
    }
    return TrainBatch.causalLm(picked, padId);
  }

  @Override
  public StreamPosition position() {
    return new StreamPosition(epoch, offset);
  }

  @Override
  public void restore(StreamPosition position) {
    requireNonNull(position, "position is null");
    if (position.offset() > sequences.size()) {
      throw new IllegalArgumentException("task '" + name + "': position offset " + position.offset()
          + " exceeds the " + sequences.size() + " examples of an epoch");
    }
    epoch = position.epoch();
    offset = position.offset();
    order = null;
  }

  /** This epoch's example order, built on first use. */
  private int[] epochOrder() {
    if (order == null) {
      // a distinct, well-mixed seed per epoch
      SplitMix64 rng = new SplitMix64(seed ^ new SplitMix64(epoch).nextLong());
      order = LengthBuckets.batches(lengths, bucketSize, poolBatches, rng).stream()
          .flatMapToInt(Arrays::stream).toArray();
    }
    return order;
  }
}
