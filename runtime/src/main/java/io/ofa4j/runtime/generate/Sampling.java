package io.ofa4j.runtime.generate;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Token choice from one row of scores: argmax, the HF sampling warpers (temperature, top-k,
 * top-p, applied in that order by {@link #warp}) and a seeded draw. Warpers edit in place and
 * set removed tokens to {@code -inf}.
 */
final class Sampling {
  private Sampling() {}

  /** The first index of the largest score (as {@code torch.argmax}). */
  static int argmax(float[] scores) {
    int best = 0;
    for (int i = 1; i < scores.length; i++) {
      if (scores[i] > scores[best]) {
        best = i;
      }
    }
    return best;
  }

  /** {@code log_softmax} in double precision, {@code -inf} where the score is {@code -inf}. */
  static double[] logSoftmax(float[] scores) {
    double max = Double.NEGATIVE_INFINITY;
    for (float s : scores) {
      max = Math.max(max, s);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      throw new IllegalStateException("every token is excluded (all scores are -inf)");
    }
    double sum = 0;
    for (float s : scores) {
      sum += Math.exp(s - max);
    }
    double logZ = max + Math.log(sum);
    double[] out = new double[scores.length];
    for (int i = 0; i < scores.length; i++) {
      out[i] = scores[i] - logZ;
    }
    return out;
  }

  /** Temperature, then top-k (0 = off), then top-p (1 = off), as HF's warper list. */
  static void warp(float[] scores, double temperature, int topK, double topP) {
    if (temperature != 1.0) {
      for (int i = 0; i < scores.length; i++) {
        scores[i] = (float) (scores[i] / temperature);
      }
    }
    if (topK > 0 && topK < scores.length) {
      topK(scores, topK);
    }
    if (topP < 1.0) {
      topP(scores, topP);
    }
  }

  /** HF {@code TopKLogitsWarper}: removes scores below the k-th largest (ties are kept). */
  static void topK(float[] scores, int k) {
    float[] sorted = scores.clone();
    Arrays.sort(sorted);
    float kth = sorted[sorted.length - k];
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] < kth) {
        scores[i] = Float.NEGATIVE_INFINITY;
      }
    }
  }

  /**
   * HF {@code TopPLogitsWarper} (nucleus sampling, Holtzman et al. 2019): sorted ascending, the
   * tokens whose cumulative probability is {@code <= 1 - p} are removed; the most likely token is
   * always kept.
   */
  static void topP(float[] scores, double p) {
    int[] order = ascending(scores);
    double[] logp = logSoftmax(scores);
    double cumulative = 0;
    for (int r = 0; r < order.length - 1; r++) {
      cumulative += Math.exp(logp[order[r]]);
      if (cumulative > 1 - p) {
        break;
      }
      scores[order[r]] = Float.NEGATIVE_INFINITY;
    }
  }

  /** Draws an index with probability {@code softmax(scores)}. */
  static int sample(float[] scores, RandomGenerator rng) {
    double[] logp = logSoftmax(scores);
    double u = rng.nextDouble();
    double cumulative = 0;
    int last = -1;
    for (int i = 0; i < logp.length; i++) {
      if (logp[i] == Double.NEGATIVE_INFINITY) {
        continue;
      }
      cumulative += Math.exp(logp[i]);
      last = i;
      if (u < cumulative) {
        return i;
      }
    }
    return last; // rounding left u above the total: the last possible token
  }

  /** Indices sorted by score ascending, ties by index (one primitive sort of packed keys). */
  static int[] ascending(float[] scores) {
    long[] keys = new long[scores.length];
    for (int i = 0; i < scores.length; i++) {
      int bits = Float.floatToIntBits(scores[i]);
      int sortable = bits ^ ((bits >> 31) & 0x7fffffff); // order-preserving float -> int
      keys[i] = ((long) sortable << 32) | i;
    }
    Arrays.sort(keys);
    int[] order = new int[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = (int) keys[i];
    }
    return order;
  }
}
