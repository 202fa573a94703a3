package io.ofa4j.runtime.train;

/** Learning rate as a function of the optimizer step (0-based: the rate for the first update is {@code at(0)}). */
@FunctionalInterface
public interface LearningRateSchedule {
  /** The learning rate used by the update that follows {@code step} completed steps. */
  double at(long step);
}
