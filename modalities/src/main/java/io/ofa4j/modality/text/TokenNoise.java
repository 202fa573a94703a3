package io.ofa4j.modality.text;

import java.util.SplittableRandom;

/**
 * OFASys {@code _add_noise}: each token is replaced, with probability {@code noise_ratio}, by a
 * uniformly drawn id of the text vocabulary {@code [low, high)}.
 */
public final class TokenNoise {
  private TokenNoise() {}

  /** A noised copy of {@code tokens}; deterministic for a seed. */
  public static int[] apply(int[] tokens, double ratio, int low, int high, long seed) {
    if (!(ratio >= 0 && ratio <= 1)) {
      throw new IllegalArgumentException("noise ratio must be in [0, 1], found " + ratio);
    }
    if (low < 0 || high <= low) {
      throw new IllegalArgumentException("noise id range [" + low + ", " + high + ") is empty");
    }
    SplittableRandom rng = new SplittableRandom(seed);
    int[] out = tokens.clone();
    for (int i = 0; i < out.length; i++) {
      if (rng.nextDouble() < ratio) {
        out[i] = low + rng.nextInt(high - low);
      }
    }
    return out;
  }
}
