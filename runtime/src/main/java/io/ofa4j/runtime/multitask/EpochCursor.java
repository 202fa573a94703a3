package io.ofa4j.runtime.multitask;

import static java.util.Objects.requireNonNull;

import java.util.function.LongFunction;

/**
 * The position of a {@link TaskStream} in its endless pass over {@code size} examples: epoch after
 * epoch, each in an order that is a pure function of the epoch number, so that a
 * {@link StreamPosition} alone fixes everything that follows (no generator state to save).
 */
public final class EpochCursor {
  private final String task;
  private final int size;
  private final LongFunction<int[]> orderOfEpoch;
  private long epoch;
  private long offset;
  private int[] order;

  /**
   * @param task task name, for messages
   * @param size examples per epoch (> 0)
   * @param orderOfEpoch the example indices of an epoch, in order ({@code size} of them); built on
   *     first use in each epoch
   */
  public EpochCursor(String task, int size, LongFunction<int[]> orderOfEpoch) {
    this.task = requireNonNull(task, "task is null");
    if (size <= 0) {
      throw new IllegalArgumentException("task '" + task + "': epoch size " + size + " must be > 0");
    }
    this.size = size;
    this.orderOfEpoch = requireNonNull(orderOfEpoch, "orderOfEpoch is null");
  }

  /** The next example index, starting a new epoch when the current one is used up. */
  public int next() {
    if (offset == size) {
      epoch++;
      offset = 0;
      order = null;
    }
    if (order == null) {
      order = orderOfEpoch.apply(epoch);
    }
    return order[(int) offset++];
  }

  /** The epoch of the index last returned by {@link #next()} (0 before the first). */
  public long epoch() {
    return epoch;
  }

  /** Where the next index will come from. */
  public StreamPosition position() {
    return new StreamPosition(epoch, offset);
  }

  /**
   * Continues from {@code position}.
   *
   * @throws IllegalArgumentException naming the task when the offset exceeds an epoch
   */
  public void restore(StreamPosition position) {
    requireNonNull(position, "position is null");
    if (position.offset() > size) {
      throw new IllegalArgumentException("task '" + task + "': position offset " + position.offset()
          + " exceeds the " + size + " examples of an epoch");
    }
    epoch = position.epoch();
    offset = position.offset();
    order = null;
  }
}
