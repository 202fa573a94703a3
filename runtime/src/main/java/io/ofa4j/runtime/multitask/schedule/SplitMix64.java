package io.ofa4j.runtime.multitask.schedule;

/**
 * The SplitMix64 generator (Steele, Lea &amp; Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014; the same mix as {@link java.util.SplittableRandom}). Its whole state
 * is one {@code long}, so a checkpoint can save it and a resumed run draws the same numbers.
 */
public final class SplitMix64 {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
  private long state;

  /** A generator whose sequence is fixed by {@code seed}. */
  public SplitMix64(long seed) {
    this.state = seed;
  }

  /** The next 64 random bits. */
  public long nextLong() {
    long z = (state += GOLDEN_GAMMA);
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** Uniform in [0, 1) with 53 random bits. */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [0, bound), without modulo bias (rejection). */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound (" + bound + ") must be > 0");
    }
    long limit = Long.remainderUnsigned(-1L, bound);
    while (true) {
      long r = nextLong();
      // reject the top partial block so every residue is equally likely
      if (Long.compareUnsigned(r, -1L - limit) <= 0) {
        return (int) Long.remainderUnsigned(r, bound);
      }
    }
  }

  /** The current state, for a checkpoint. */
  public long state() {
    return state;
  }

  /** Continues from a saved {@link #state()}. */
  public void restore(long savedState) {
    this.state = savedState;
  }

  /** Fisher-Yates shuffle of {@code a} in place. */
  public void shuffle(int[] a) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
