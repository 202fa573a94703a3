package io.ofa4j.runtime.multitask.schedule;

import java.util.List;

/**
 * Picks the tasks of one optimizer step. A scheduler keeps no state of its own: what it needs
 * (the step index, the generator) is passed in, so a resumed run picks the same tasks.
 */
public interface TaskScheduler {
  /**
   * Task indices for the micro-batches of step {@code step} (0-based), in order; a task may appear
   * more than once.
   *
   * @param step loop step index
   * @param rng the loop's generator (advanced by sampling policies only)
   */
  List<Integer> tasksFor(long step, SplitMix64 rng);
}
