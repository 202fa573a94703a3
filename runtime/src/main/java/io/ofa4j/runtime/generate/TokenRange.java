package io.ofa4j.runtime.generate;

/**
 * An inclusive range of token ids, e.g. the location tokens {@code <bin_0>..<bin_999>}.
 *
 * @param first lowest id allowed
 * @param last highest id allowed
 */
public record TokenRange(int first, int last) {

  public TokenRange {
    if (first < 0 || last < first) {
      throw new IllegalArgumentException(
          "token range [" + first + ", " + last + "] must satisfy 0 <= first <= last");
    }
  }

  /** Whether {@code id} lies in the range. */
  public boolean contains(int id) {
    return id >= first && id <= last;
  }

  /** Number of ids in the range. */
  public int size() {
    return last - first + 1;
  }
}
