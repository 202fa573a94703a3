package io.ofa4j.runtime.multitask.schedule;

/** How tasks are chosen for the micro-batches of a step (the preset's {@code trainer.scheduling}). */
public enum SchedulingPolicy {
  /** Each micro-batch's task drawn with probability proportional to the task weights. */
  PROPORTIONAL,
  /** Each micro-batch's task drawn with {@code p_i ∝ n_i^(1/T)} over dataset sizes. */
  TEMPERATURE,
  /** Tasks in turn, one per micro-batch, continuing across steps. */
  ROUND_ROBIN,
  /** Every task in every step, gradients accumulated (OFASys). */
  ALL_TASKS
}
