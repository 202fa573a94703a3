package io.ofa4j.runtime.train;

/**
 * Linear warmup then cosine decay, as HF {@code get_cosine_schedule_with_warmup} (one half
 * cosine), with an optional floor: {@code lr(s) = peak * s / warmup} for {@code s < warmup}, then
 * {@code peak * (minRatio + (1 - minRatio) * 0.5 * (1 + cos(pi * progress)))}, progress going
 * from 0 at the end of warmup to 1 at {@code totalSteps} (and held there).
 *
 * @param peak learning rate at the end of warmup
 * @param warmupSteps steps of linear warmup (0: none)
 * @param totalSteps steps until the decay reaches its floor
 * @param minRatio floor as a fraction of {@code peak} (HF: 0)
 */
public record WarmupCosineSchedule(double peak, long warmupSteps, long totalSteps, double minRatio)
    implements LearningRateSchedule {
  public WarmupCosineSchedule {
    if (!(peak >= 0) || Double.isInfinite(peak)) {
      throw new IllegalArgumentException("peak (" + peak + ") must be >= 0");
    }
    if (warmupSteps < 0 || totalSteps < warmupSteps) {
      throw new IllegalArgumentException("need 0 <= warmupSteps (" + warmupSteps
          + ") <= totalSteps (" + totalSteps + ")");
    }
    if (!(minRatio >= 0 && minRatio <= 1)) {
      throw new IllegalArgumentException("minRatio (" + minRatio + ") must be in [0, 1]");
    }
  }

  @Override
  public double at(long step) {
    if (step < warmupSteps) {
      return peak * step / Math.max(1, warmupSteps);
    }
    double progress = Math.min(1.0, (double) (step - warmupSteps) / Math.max(1, totalSteps - warmupSteps));
    return peak * (minRatio + (1 - minRatio) * 0.5 * (1 + Math.cos(Math.PI * progress)));
  }
}
