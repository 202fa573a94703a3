package io.ofa4j.task.metric;

/**
 * sacreBLEU's smoothing methods, from Chen and Cherry, "A Systematic Comparison of Smoothing
 * Techniques for Sentence-Level BLEU" (WMT 2014).
 */
public enum BleuSmoothing {
  /** No smoothing: any zero n-gram precision makes the score 0. */
  NONE(Double.NaN),
  /** Method 1: a zero count becomes {@code value} (default 0.1). */
  FLOOR(0.1),
  /** Method 2: add {@code value} (default 1) to counts and totals of orders 2 and up. */
  ADD_K(1.0),
  /** Method 3 (NIST, mteval-v13a): the k-th zero precision becomes 1 / (2^k * total). Default. */
  EXP(Double.NaN);

  private final double defaultValue;

  BleuSmoothing(double defaultValue) {
    this.defaultValue = defaultValue;
  }

  /** The default smoothing value, NaN when the method takes none. */
  public double defaultValue() {
    return defaultValue;
  }
}
