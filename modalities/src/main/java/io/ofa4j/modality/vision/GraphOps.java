package io.ofa4j.modality.vision;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * Small SameDiff building blocks written from ops whose gradients are correct in ND4J
 * 1.0.0-M2.1 (mmul with transpose flags, broadcasting arithmetic, mean with kept dims, rsqrt).
 */
final class GraphOps {

  private GraphOps() {}

  /** {@code torch.nn.Linear}: {@code x @ W^T + b}, W stored {@code [out, in]}. */
  static SDVariable linear(SameDiff sd, SDVariable x, SDVariable weight, SDVariable bias) {
    return sd.mmul(x, weight, false, true, false).add(bias);
  }

  /** LayerNorm over the last axis of a {@code [rows, width]} input (biased variance, as torch). */
  static SDVariable layerNorm(SameDiff sd, SDVariable x, SDVariable weight, SDVariable bias, double eps) {
    SDVariable centered = x.sub(sd.mean(x, true, 1));
    SDVariable variance = sd.mean(sd.math.square(centered), true, 1);
    return centered.mul(sd.math.rsqrt(variance.add(eps))).mul(weight).add(bias);
  }

  /** QuickGELU {@code x * sigmoid(1.702 x)} (the vision blocks' {@code quick_gelu}). */
  static SDVariable quickGelu(SameDiff sd, SDVariable x) {
    return x.mul(sd.nn.sigmoid(x.mul(1.702)));
  }

  /** Exact GELU {@code 0.5 x (1 + erf(x / sqrt 2))} (the PatchMerger's {@code nn.GELU()}). */
  static SDVariable geluErf(SameDiff sd, SDVariable x) {
    return x.mul(0.5).mul(sd.math.erf(x.mul(1.0 / Math.sqrt(2.0))).add(1.0));
  }
}
