package io.ofa4j.runtime.train;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.weights.ParameterStore;
import java.util.Collection;

/**
 * The decoder's training computation as the multimodal trainer uses it: loss and gradients with
 * caller-supplied input embeddings and, for Qwen2-VL, 3-axis (M-RoPE) positions. Implemented by
 * the SameDiff graph ({@link Qwen2TrainingGraph}) and the hand-written fused step
 * ({@code io.ofa4j.runtime.train.fused.FusedQwen2Step}); {@link DecoderEngines} picks one.
 */
public interface DecoderEngine extends GradientEngine {
  /** The model configuration. */
  Qwen2Config config();

  /** The parameters trained in place. */
  ParameterStore store();

  /**
   * Forward and backward with the contract of {@link
   * Qwen2TrainingGraph#lossAndGradients(TrainBatch, double, Collection, boolean)}; gradient arrays
   * may be buffers that the next call overwrites.
   *
   * @param mrope 3-axis positions {@code [3][B][T]} (the config must carry {@code
   *     rope_scaling.mrope_section}), or {@code null} for the batch's 1-D positions
   */
  LossAndGradients lossAndGradients(TrainBatch batch, double normalizer, Collection<String> wrt,
      boolean wantInputsGradient, long[][][] mrope);

  @Override
  default LossAndGradients lossAndGradients(
      TrainBatch batch, double normalizer, Collection<String> wrt, boolean wantInputsGradient) {
    return lossAndGradients(batch, normalizer, wrt, wantInputsGradient, null);
  }

  /** The weighted token loss divided by {@code normalizer} (forward only); {@code mrope} as above. */
  double loss(TrainBatch batch, double normalizer, long[][][] mrope);
}
