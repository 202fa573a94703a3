package io.ofa4j.runtime.multitask;

/**
 * The training examples of one task, handed out as micro-batches in an order fixed by a seed, so
 * that {@link #restore} of a saved {@link #position} continues exactly where a run stopped.
 *
 * @param <B> the batch type the {@link StepFunction} consumes (opaque to the loop)
 */
public interface TaskStream<B> {
  /** The task name (as in the preset). */
  String name();

  /** Number of examples in one epoch (temperature scheduling uses it). */
  long size();

  /** The next {@code n} examples as one micro-batch, wrapping into the next epoch as needed. */
  B next(int n);

  /** The current position. */
  StreamPosition position();

  /** Moves to a saved position. */
  void restore(StreamPosition position);
}
