package io.ofa4j.modality.text;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * BART text infilling as OFASys applies it ({@code mask_utils.add_whole_word_mask} with its
 * defaults {@code span-poisson}, {@code replace_length = -1}): every token is a word start;
 * {@code ceil(n * maskRatio)} tokens are to be masked, split into spans whose lengths are drawn from
 * a Poisson distribution with lambda {@value #DEFAULT_LAMBDA} (truncated where the probability drops
 * below 1e-7), the last span trimmed to the budget. Span starts are distinct random positions;
 * each span replaces its tokens one by one with the mask id (spans are not collapsed and never run
 * past the end), or with a random id from {@code [randomLow, randomHigh)} with probability
 * {@code randomRatio}. Zero-length spans become inserted mask tokens. Lewis et al. 2019, section 2.2.
 */
public final class SpanMasker {
  /** BART's Poisson lambda. */
  public static final double DEFAULT_LAMBDA = 3.0;

  private final int maskId;
  private final int randomLow;
  private final int randomHigh;
  private final double randomRatio;
  private final double[] cdf;

  /**
   * @param maskId id of {@code <mask>}
   * @param randomLow first id random replacements may take (OFASys: 4, after the specials)
   * @param randomHigh end (exclusive) of random ids, e.g. the text vocabulary size
   * @param lambda Poisson mean of span lengths
   * @param randomRatio share of masked tokens replaced by random ids instead of the mask id
   */
  public SpanMasker(int maskId, int randomLow, int randomHigh, double lambda, double randomRatio) {
    if (randomLow < 0 || randomHigh <= randomLow) {
      throw new IllegalArgumentException("random id range [" + randomLow + ", " + randomHigh + ") is empty");
    }
    if (!(lambda > 0 && lambda < 100)) {
      throw new IllegalArgumentException("lambda must be in (0, 100), found " + lambda);
    }
    if (!(randomRatio >= 0 && randomRatio <= 1)) {
      throw new IllegalArgumentException("randomRatio must be in [0, 1], found " + randomRatio);
    }
    this.maskId = maskId;
    this.randomLow = randomLow;
    this.randomHigh = randomHigh;
    this.randomRatio = randomRatio;
    this.cdf = poissonCdf(lambda);
  }

  /** A masker with lambda 3 and no random replacement (OFASys defaults). */
  public static SpanMasker withDefaults(int maskId, int vocabSize) {
    return new SpanMasker(maskId, 4, vocabSize, DEFAULT_LAMBDA, 0.0);
  }

  /** Masks a copy of {@code tokens} (no BOS/EOS) with ratio {@code p}; deterministic for a seed. */
  public int[] mask(int[] tokens, double p, long seed) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("mask ratio must be in [0, 1], found " + p);
    }
    int n = tokens.length;
    int budget = (int) Math.ceil(n * p);
    if (budget == 0) {
      return tokens.clone();
    }
    SplittableRandom rng = new SplittableRandom(seed);
    int[] lengths = spanLengths(budget, rng);
    int spans = 0;
    int inserts = 0;
    for (int len : lengths) {
      if (len > 0) {
        lengths[spans++] = len;
      } else {
        inserts++;
      }
    }
    int[] out = tokens.clone();
    int[] starts = permutation(n, rng);
    for (int s = 0; s < spans; s++) {
      boolean random = rng.nextDouble() < randomRatio;
      for (int i = starts[s]; i < starts[s] + lengths[s] && i < n; i++) {
        out[i] = random ? randomLow + rng.nextInt(randomHigh - randomLow) : maskId;
      }
    }
    return inserts > 0 ? insert(out, inserts, rng) : out;
  }

  /** Span lengths summing to {@code budget}, the last trimmed (may contain zeros). */
  private int[] spanLengths(int budget, SplittableRandom rng) {
    int[] lengths = new int[budget];
    int sum = 0;
    int count = 0;
    while (sum < budget) {
      if (count == lengths.length) {
        lengths = Arrays.copyOf(lengths, lengths.length * 2);
      }
      int len = samplePoisson(rng);
      lengths[count++] = Math.min(len, budget - sum);
      sum += lengths[count - 1];
    }
    return Arrays.copyOf(lengths, count);
  }

  private int samplePoisson(SplittableRandom rng) {
    double u = rng.nextDouble();
    for (int k = 0; k < cdf.length; k++) {
      if (u < cdf[k]) {
        return k;
      }
    }
    return cdf.length - 1;
  }

  /** {@code k} mask (or random) tokens inserted at random positions. */
  private int[] insert(int[] tokens, int k, SplittableRandom rng) {
    int total = tokens.length + k;
    boolean[] noise = new boolean[total];
    int[] perm = permutation(total, rng);
    for (int i = 0; i < k; i++) {
      noise[perm[i]] = true;
    }
    int[] out = new int[total];
    int src = 0;
    for (int i = 0; i < total; i++) {
      if (noise[i]) {
        out[i] = rng.nextDouble() < randomRatio ? randomLow + rng.nextInt(randomHigh - randomLow) : maskId;
      } else {
        out[i] = tokens[src++];
      }
    }
    return out;
  }

  private static int[] permutation(int n, SplittableRandom rng) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  private static double[] poissonCdf(double lambda) {
    double[] ps = new double[128];
    double p = Math.exp(-lambda);
    int k = 0;
    double total = 0;
    for (; k < 128; k++) {
      ps[k] = p;
      total += p;
      p *= lambda / (k + 1);
      if (ps[k] < 1e-7) {
        k++;
        break;
      }
    }
    double[] cdf = new double[k];
    double acc = 0;
    for (int i = 0; i < k; i++) {
      acc += ps[i] / total;
      cdf[i] = acc;
    }
    cdf[k - 1] = 1.0;
    return cdf;
  }
}
