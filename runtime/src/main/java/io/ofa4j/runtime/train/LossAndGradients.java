package io.ofa4j.runtime.train;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One forward + backward pass over a micro-batch.
 *
 * @param loss this micro-batch's share of the step loss (weighted sum / step normalizer)
 * @param gradients HF key -> gradient (same shape as the parameter); the embedding gradient
 *     already holds the scattered lookup rows
 * @param inputsEmbedsGradient {@code [B, T, H]} gradient of the input embeddings (for modality
 *     adapters upstream), or {@code null} when not requested
 */
public record LossAndGradients(double loss, Map<String, INDArray> gradients, INDArray inputsEmbedsGradient) {
  public LossAndGradients {
    gradients = Map.copyOf(requireNonNull(gradients, "gradients is null"));
  }
}
