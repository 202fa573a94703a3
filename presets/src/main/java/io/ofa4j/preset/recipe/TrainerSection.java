package io.ofa4j.preset.recipe;

/**
 * The training loop.
 *
 * @param steps optimizer steps
 * @param learningRate peak learning rate
 * @param weightDecay decoupled AdamW weight decay (not on norms and biases)
 * @param beta1 AdamW first-moment decay
 * @param beta2 AdamW second-moment decay
 * @param warmupSteps linear warmup steps
 * @param minLrRatio cosine decay floor as a fraction of the peak
 * @param clipGradNorm global gradient-norm clip (0 = off)
 * @param gradAccumulation micro-batches per step
 * @param scheduling how tasks are drawn each step
 * @param temperature temperature for {@code temperature} scheduling
 * @param evalEvery evaluate every N steps (0 = only at the end)
 * @param checkpointEvery checkpoint every N steps (0 = only at the end)
 * @param keepLast checkpoints kept besides the best
 * @param maxNonFiniteSteps consecutive non-finite steps that stop the run
 * @param seed random seed of everything
 * @param threads compute threads
 */
public record TrainerSection(
    int steps,
    double learningRate,
    double weightDecay,
    double beta1,
    double beta2,
    int warmupSteps,
    double minLrRatio,
    double clipGradNorm,
    int gradAccumulation,
    Scheduling scheduling,
    double temperature,
    int evalEvery,
    int checkpointEvery,
    int keepLast,
    int maxNonFiniteSteps,
    long seed,
    int threads) {

  /** Task scheduling policies. */
  public enum Scheduling {
    /** Draw tasks in proportion to their weights. */
    PROPORTIONAL,
    /** Temperature sampling over dataset sizes (p ~ n^(1/T)). */
    TEMPERATURE,
    /** One task after another. */
    ROUND_ROBIN,
    /** Every task every step, gradients accumulated (OFASys). */
    ALL_TASKS
  }

  public TrainerSection {
    ModelSection.positive("trainer.steps", steps);
    ModelSection.positive("trainer.grad_accumulation", gradAccumulation);
    ModelSection.positive("trainer.threads", threads);
    ModelSection.positive("trainer.max_non_finite_steps", maxNonFiniteSteps);
    if (!(learningRate > 0) || learningRate > 1) {
      throw new IllegalArgumentException("trainer.learning_rate must be in (0, 1], found " + learningRate);
    }
    if (beta1 < 0 || beta1 >= 1 || beta2 < 0 || beta2 >= 1) {
      throw new IllegalArgumentException("trainer.beta1/beta2 must be in [0, 1), found "
          + beta1 + " and " + beta2);
    }
    if (weightDecay < 0 || clipGradNorm < 0 || warmupSteps < 0 || evalEvery < 0
        || checkpointEvery < 0 || keepLast < 0 || minLrRatio < 0 || minLrRatio > 1) {
      throw new IllegalArgumentException("trainer: weight_decay, clip_grad_norm, warmup_steps,"
          + " eval_every, checkpoint_every, keep_last must be >= 0 and min_lr_ratio in [0, 1]");
    }
    if (!(temperature > 0)) {
      throw new IllegalArgumentException("trainer.temperature must be > 0, found " + temperature);
    }
  }

  /** A short run suited to 2 cores. */
  public static TrainerSection defaults() {
    return new TrainerSection(300, 3e-3, 0.01, 0.9, 0.98, 20, 0.1, 1.0, 1,
        Scheduling.PROPORTIONAL, 2.0, 0, 0, 2, 5, 1, 2);
  }
}
