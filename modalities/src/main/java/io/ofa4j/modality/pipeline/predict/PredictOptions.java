package io.ofa4j.modality.pipeline.predict;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Settings of one prediction.
 *
 * @param maxNewTokens cap on generated tokens (also below a slot's {@code max_length})
 * @param labels the label set of a CLOSED_SET target (the planner leaves it to the data: "distinct
 *     values of column c"); empty for other generators
 * @param maxObjects cap on the items of a REPEATED (detection) target
 * @param numBeams beams of the search (1 = greedy), as Hugging Face {@code generate(num_beams=K)};
 *     the closed-set trie and the location-token constraint hold on every beam
 * @param lengthPenalty exponent of the beam-search length normalisation ({@code score / len^p})
 * @param noRepeatNgramSize n-grams of this size may occur once in a FREE_TEXT output (0 = off;
 *     never applied to labels or location tokens, whose repeats are legitimate)
 */
public record PredictOptions(int maxNewTokens, List<String> labels, int maxObjects, int numBeams,
    double lengthPenalty, int noRepeatNgramSize) {
  public PredictOptions {
    labels = List.copyOf(requireNonNull(labels, "labels is null"));
    if (maxNewTokens < 1 || maxObjects < 1) {
      throw new IllegalArgumentException("maxNewTokens " + maxNewTokens + " and maxObjects "
          + maxObjects + " must be >= 1");
    }
    if (numBeams < 1 || noRepeatNgramSize < 0 || !Double.isFinite(lengthPenalty)) {
      throw new IllegalArgumentException("numBeams (" + numBeams + ") must be >= 1, noRepeatNgramSize ("
          + noRepeatNgramSize + ") >= 0 and lengthPenalty (" + lengthPenalty + ") finite");
    }
  }

  /** Greedy options. */
  public PredictOptions(int maxNewTokens, List<String> labels, int maxObjects) {
    this(maxNewTokens, labels, maxObjects, 1, 1.0, 0);
  }

  /** 64 new tokens, no labels, 16 objects, greedy. */
  public static PredictOptions defaults() {
    return new PredictOptions(64, List.of(), 16);
  }

  /** The same options with a closed label set. */
  public PredictOptions withLabels(List<String> value) {
    return new PredictOptions(maxNewTokens, value, maxObjects, numBeams, lengthPenalty, noRepeatNgramSize);
  }

  /** The same options with beam search settings. */
  public PredictOptions withSearch(int beams, double penalty, int ngramSize) {
    return new PredictOptions(maxNewTokens, labels, maxObjects, beams, penalty, ngramSize);
  }
}
