package io.ofa4j.runtime.generate;

/**
 * The {@code capacity} best (beam, token) candidates of a beam-search step, best first, ties
 * resolved toward the earlier beam and smaller token id (insertion into a short sorted array).
 */
final class Candidates {
  private final double[] scores;
  private final int[] beams;
  private final int[] tokens;
  private int size;

  Candidates(int capacity) {
    scores = new double[capacity];
    beams = new int[capacity];
    tokens = new int[capacity];
  }

  void offer(double score, int beam, int token) {
    if (size == scores.length && score <= scores[size - 1]) {
      return;
    }
    int i = size < scores.length ? size++ : size - 1;
    while (i > 0 && scores[i - 1] < score) {
      scores[i] = scores[i - 1];
      beams[i] = beams[i - 1];
      tokens[i] = tokens[i - 1];
      i--;
    }
    scores[i] = score;
    beams[i] = beam;
    tokens[i] = token;
  }

  int size() {
    return size;
  }

  double score(int rank) {
    return scores[rank];
  }

  int beam(int rank) {
    return beams[rank];
  }

  int token(int rank) {
    return tokens[rank];
  }
}
