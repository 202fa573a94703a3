package io.ofa4j.runtime.train;

import java.util.Collection;

/**
 * Computes one micro-batch's loss and parameter gradients for {@link Trainer}: the SameDiff graph
 * ({@link Qwen2TrainingGraph}) or the hand-written step of {@code io.ofa4j.runtime.train.fused}.
 */
@FunctionalInterface
public interface GradientEngine {
  /** See {@link Qwen2TrainingGraph#lossAndGradients(TrainBatch, double, Collection, boolean)}. */
  LossAndGradients lossAndGradients(
      TrainBatch batch, double normalizer, Collection<String> wrt, boolean wantInputsGradient);
}
