package io.ofa4j.runtime.train;

/**
 * AdamW hyper-parameters, with PyTorch {@code torch.optim.AdamW} names and defaults
 * ({@code betas=(0.9, 0.999), eps=1e-8, weight_decay=0.01}).
 *
 * @param beta1 first-moment decay
 * @param beta2 second-moment decay
 * @param eps added to the bias-corrected RMS
 * @param weightDecay decoupled decay coefficient (multiplied by the learning rate)
 */
public record AdamWConfig(double beta1, double beta2, double eps, double weightDecay) {
  public AdamWConfig {
    if (!(beta1 >= 0 && beta1 < 1)) {
      throw new IllegalArgumentException("beta1 (" + beta1 + ") must be in [0, 1)");
    }
    if (!(beta2 >= 0 && beta2 < 1)) {
      throw new IllegalArgumentException("beta2 (" + beta2 + ") must be in [0, 1)");
    }
    if (!(eps > 0)) {
      throw new IllegalArgumentException("eps (" + eps + ") must be > 0");
    }
    if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
      throw new IllegalArgumentException("weightDecay (" + weightDecay + ") must be >= 0");
    }
  }

  /** PyTorch defaults. */
  public static AdamWConfig defaults() {
    return new AdamWConfig(0.9, 0.999, 1e-8, 0.01);
  }
}
