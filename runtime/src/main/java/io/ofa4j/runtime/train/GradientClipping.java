package io.ofa4j.runtime.train;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Global-norm gradient clipping as PyTorch {@code torch.nn.utils.clip_grad_norm_}: the L2 norm over
 * all gradients together; when it exceeds {@code maxNorm}, every gradient is scaled by
 * {@code maxNorm / (norm + 1e-6)}.
 */
public final class GradientClipping {
  private GradientClipping() {}

  /** sqrt(sum of squares) over every entry of every gradient (NaN/inf propagate). */
  public static double globalNorm(Collection<INDArray> grads) {
    double sumSquares = 0;
    for (INDArray g : requireNonNull(grads, "grads is null")) {
      double n = g.norm2Number().doubleValue();
      sumSquares += n * n;
    }
    return Math.sqrt(sumSquares);
  }

  /**
   * Clips in place and returns the norm before clipping.
   *
   * @param maxNorm the largest allowed global norm; {@code <= 0} or infinite disables clipping
   */
  public static double clip(Collection<INDArray> grads, double maxNorm) {
    double norm = globalNorm(grads);
    if (maxNorm > 0 && Double.isFinite(maxNorm) && Double.isFinite(norm)) {
      double coef = maxNorm / (norm + 1e-6);
      if (coef < 1) {
        for (INDArray g : grads) {
          g.muli(coef);
        }
      }
    }
    return norm;
  }
}
