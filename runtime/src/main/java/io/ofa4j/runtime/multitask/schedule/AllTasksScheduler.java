package io.ofa4j.runtime.multitask.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * OFASys's multi-task step: every task contributes {@code microBatchesPerTask} micro-batches to
 * every step and their gradients are accumulated into one update.
 */
public final class AllTasksScheduler implements TaskScheduler {
  private final int tasks;
  private final int microBatchesPerTask;

  /** Every one of {@code tasks} tasks, {@code microBatchesPerTask} micro-batches each, per step. */
  public AllTasksScheduler(int tasks, int microBatchesPerTask) {
    if (tasks <= 0 || microBatchesPerTask <= 0) {
      throw new IllegalArgumentException("tasks (" + tasks + ") and microBatchesPerTask ("
          + microBatchesPerTask + ") must be > 0");
    }
    this.tasks = tasks;
    this.microBatchesPerTask = microBatchesPerTask;
  }

  @Override
  public List<Integer> tasksFor(long step, SplitMix64 rng) {
    List<Integer> out = new ArrayList<>(tasks * microBatchesPerTask);
    for (int m = 0; m < microBatchesPerTask; m++) {
      for (int t = 0; t < tasks; t++) {
        out.add(t);
      }
    }
    return out;
  }
}
