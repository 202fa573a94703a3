package io.ofa4j.runtime.multitask;

import static java.util.Objects.requireNonNull;

/**
 * One task of a multi-task run.
 *
 * @param name task name (matches its {@link TaskStream#name()})
 * @param weight sampling weight for proportional scheduling ({@code > 0})
 * @param lossWeight multiplier of the task's loss ({@code >= 0})
 * @param microBatchSize examples per micro-batch
 */
public record TaskConfig(String name, double weight, double lossWeight, int microBatchSize) {
  public TaskConfig {
    requireNonNull(name, "name is null");
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("task '" + name + "': weight must be > 0, found " + weight);
    }
    if (!(lossWeight >= 0) || Double.isInfinite(lossWeight)) {
      throw new IllegalArgumentException("task '" + name + "': loss_weight must be >= 0, found " + lossWeight);
    }
    if (microBatchSize <= 0) {
      throw new IllegalArgumentException("task '" + name + "': micro_batch_size must be > 0, found "
          + microBatchSize);
    }
  }
}
