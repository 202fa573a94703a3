package io.ofa4j.modality.pipeline.train;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.encode.MultimodalBatch;
import io.ofa4j.runtime.multitask.StepFunction;
import io.ofa4j.runtime.multitask.StepOutcome;
import io.ofa4j.runtime.multitask.TaggedBatch;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * The multi-task loop's {@link StepFunction} over multimodal batches: a {@link MultimodalTrainer}
 * step in which the keys that train may depend on the optimizer step (stages, e.g. Qwen-VL's
 * adapters-only first stage), plus a periodic {@code System.gc()} (ND4J frees native buffers only
 * when their Java owners are collected).
 */
public final class MultimodalStepFunction implements StepFunction<MultimodalBatch> {
  private final MultimodalTrainer trainer;
  private final LongFunction<Predicate<String>> trainableAt;
  private final int gcEvery;
  private long stepsSinceGc;

  /** A step function running {@code trainer} with every trainable key training, never collecting. */
  public MultimodalStepFunction(MultimodalTrainer trainer) {
    this(trainer, step -> key -> true, 0);
  }

  /**
   * @param trainer gradients and optimizer over the shared store
   * @param trainableAt optimizer step (updates so far) to the keys that train in it
   * @param gcEvery call {@code System.gc()} every this many steps (0: never)
   */
  public MultimodalStepFunction(MultimodalTrainer trainer, LongFunction<Predicate<String>> trainableAt, int gcEvery) {
    this.trainer = requireNonNull(trainer, "trainer is null");
    this.trainableAt = requireNonNull(trainableAt, "trainableAt is null");
    if (gcEvery < 0) {
      throw new IllegalArgumentException("gcEvery (" + gcEvery + ") must be >= 0");
    }
    this.gcEvery = gcEvery;
  }

  /** The trainer (its optimizer state goes into checkpoints). */
  public MultimodalTrainer trainer() {
    return trainer;
  }

  @Override
  public StepOutcome step(List<TaggedBatch<MultimodalBatch>> microBatches) {
    requireNonNull(microBatches, "microBatches is null");
    Predicate<String> now = requireNonNull(trainableAt.apply(trainer.optimizer().stepCount()),
        "trainableAt returned null");
    StepOutcome outcome = trainer.stepTagged(microBatches, now);
    if (gcEvery > 0 && ++stepsSinceGc >= gcEvery) {
      stepsSinceGc = 0;
      System.gc();
    }
    return outcome;
  }
}
