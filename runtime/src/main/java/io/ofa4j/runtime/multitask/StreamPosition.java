package io.ofa4j.runtime.multitask;

/**
 * Where a {@link TaskStream} stands: the epoch and the number of examples of that epoch already
 * handed out. Serialised into the checkpoint's {@code trainer_state.json}.
 *
 * @param epoch 0-based epoch
 * @param offset examples of this epoch already consumed
 */
public record StreamPosition(long epoch, long offset) {
  public StreamPosition {
    if (epoch < 0 || offset < 0) {
      throw new IllegalArgumentException("stream position (epoch " + epoch + ", offset " + offset
          + ") must not be negative");
    }
  }

  /** The start of the first epoch. */
  public static StreamPosition start() {
    return new StreamPosition(0, 0);
  }
}
