package io.ofa4j.preset.study;

import static java.util.Objects.requireNonNull;

/**
 * Rounds real-valued shares to integers that add up to a given total (Hamilton's largest
 * remainder method): every share gets its floor, then the units left go to the largest fractional
 * parts, ties to the earlier share. Used to turn micro-batch counts into whole specialist steps and
 * to scale training stages to a specialist's steps.
 */
final class Apportion {
  private Apportion() {}

  /**
   * Integers proportional to {@code weights} that sum to {@code total}.
   *
   * @param weights non-negative, finite, not all zero
   * @param total the sum wanted ({@code >= 0})
   */
  static long[] of(long[] weights, long total) {
    requireNonNull(weights, "weights is null");
    if (total < 0) {
      throw new IllegalArgumentException("total must be >= 0, found " + total);
    }
    long sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] < 0) {
        throw new IllegalArgumentException("weight " + i + " is " + weights[i] + ", must be >= 0");
      }
      sum = Math.addExact(sum, weights[i]);
    }
    if (sum == 0) {
      throw new IllegalArgumentException("weights sum to 0; nothing to apportion " + total + " by");
    }
    long[] out = new long[weights.length];
    // remainders as exact numerators over `sum`: weights[i] * total = out[i] * sum + rem[i]
    long[] rem = new long[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      long product = Math.multiplyExact(weights[i], total);
      out[i] = product / sum;
      rem[i] = product % sum;
      given += out[i];
    }
    for (long left = total - given; left > 0; left--) {
      int best = -1;
      for (int i = 0; i < rem.length; i++) {
        if (rem[i] >= 0 && (best < 0 || rem[i] > rem[best])) {
          best = i;
        }
      }
      out[best]++;
      rem[best] = -1; // each share gains at most one unit
    }
    return out;
  }
}
