package io.ofa4j.preset.study;

import java.util.Collection;

/**
 * The generalist's score as a percentage of the specialist's, the figure OFASys reports (its
 * OFA+ generalist reaches 95% of 15 task-finetuned models "in average"). 100% means equal,
 * below 100% the generalist is worse, above it is better, whichever way the metric points:
 *
 * <ul>
 *   <li>higher is better (accuracy, CIDEr, IoU accuracy, BLEU): {@code 100 * generalist / specialist};
 *   <li>lower is better (WER, error rates): {@code 100 * specialist / generalist}, the ratio of the
 *       errors inverted, so a generalist with twice the specialist's WER scores 50%.
 * </ul>
 *
 * <p>Undefined (NaN, shown as {@code n/a} and left out of the mean) when a score is negative or not
 * finite, or when the denominator is 0 and the numerator is not (the ratio is unbounded); when both
 * are 0 the models tie and the percentage is 100.
 */
public final class RelativeScore {
  private RelativeScore() {}

  /** The generalist's score as a percentage of the specialist's (see the class comment); NaN when undefined. */
  public static double percent(double generalist, double specialist, boolean higherIsBetter) {
    if (!(generalist >= 0) || !(specialist >= 0) || Double.isInfinite(generalist) || Double.isInfinite(specialist)) {
      return Double.NaN;
    }
    double numerator = higherIsBetter ? generalist : specialist;
    double denominator = higherIsBetter ? specialist : generalist;
    if (denominator == 0) {
      return numerator == 0 ? 100.0 : Double.NaN;
    }
    return 100.0 * numerator / denominator;
  }

  /** The arithmetic mean of the defined (non-NaN) percentages; NaN when none is defined. */
  public static double mean(Collection<Double> percents) {
    return percents.stream().filter(p -> !Double.isNaN(p)).mapToDouble(Double::doubleValue).average()
        .orElse(Double.NaN);
  }
}
