package io.ofa4j.runtime.multitask.schedule;

import java.util.ArrayList;
import java.util.List;

/** Tasks in turn: micro-batch {@code k} of the run (counting across steps) goes to task {@code k mod n}. */
public final class RoundRobinScheduler implements TaskScheduler {
  private final int tasks;
  private final int microBatchesPerStep;

  /** Round-robin over {@code tasks} tasks with {@code microBatchesPerStep} micro-batches a step. */
  public RoundRobinScheduler(int tasks, int microBatchesPerStep) {
    if (tasks <= 0 || microBatchesPerStep <= 0) {
      throw new IllegalArgumentException("tasks (" + tasks + ") and microBatchesPerStep ("
          + microBatchesPerStep + ") must be > 0");
    }
    this.tasks = tasks;
    this.microBatchesPerStep = microBatchesPerStep;
  }

  @Override
  public List<Integer> tasksFor(long step, SplitMix64 rng) {
    List<Integer> out = new ArrayList<>(microBatchesPerStep);
    long first = step * microBatchesPerStep;
    for (int m = 0; m < microBatchesPerStep; m++) {
      out.add((int) Math.floorMod(first + m, (long) tasks));
    }
    return out;
  }
}
