package io.ofa4j.modality.pipeline.train;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.encode.MultimodalBatch;
import io.ofa4j.runtime.multitask.StepFunction;
import io.ofa4j.runtime.multitask.StepOutcome;
import io.ofa4j.runtime.multitask.TaggedBatch;
import java.util.List;

/** The multi-task loop's {@link StepFunction} over multimodal batches: a {@link MultimodalTrainer} step. */
public final class MultimodalStepFunction implements StepFunction<MultimodalBatch> {
  private final MultimodalTrainer trainer;

  /** A step function running {@code trainer}. */
  public MultimodalStepFunction(MultimodalTrainer trainer) {
    this.trainer = requireNonNull(trainer, "trainer is null");
  }

  /** The trainer (its optimizer state goes into checkpoints). */
  public MultimodalTrainer trainer() {
    return trainer;
  }

  @Override
  public StepOutcome step(List<TaggedBatch<MultimodalBatch>> microBatches) {
    return trainer.stepTagged(requireNonNull(microBatches, "microBatches is null"));
  }
}
