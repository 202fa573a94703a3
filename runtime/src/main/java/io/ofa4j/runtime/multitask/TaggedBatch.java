package io.ofa4j.runtime.multitask;

import static java.util.Objects.requireNonNull;

/**
 * A micro-batch with the task it came from.
 *
 * @param task task name
 * @param batch the batch
 * @param lossWeight multiplier of this micro-batch's loss (the task's {@code loss_weight})
 * @param <B> batch type
 */
public record TaggedBatch<B>(String task, B batch, double lossWeight) {
  public TaggedBatch {
    requireNonNull(task, "task is null");
    requireNonNull(batch, "batch is null");
    if (!(lossWeight >= 0) || Double.isInfinite(lossWeight)) {
      throw new IllegalArgumentException("loss weight of task '" + task + "' is " + lossWeight
          + ", must be finite and >= 0");
    }
  }
}
