package io.ofa4j.preset.recipe;

/**
 * Decoding options of a task at evaluation and inference.
 *
 * @param maxNewTokens most generated tokens
 * @param numBeams beams (1 = greedy)
 * @param lengthPenalty beam-search length penalty exponent
 * @param noRepeatNgramSize block repeated n-grams of this size (0 = off)
 */
public record GenerationSection(int maxNewTokens, int numBeams, double lengthPenalty,
    int noRepeatNgramSize) {

  public GenerationSection {
    ModelSection.positive("generation.max_new_tokens", maxNewTokens);
    ModelSection.positive("generation.num_beams", numBeams);
    if (noRepeatNgramSize < 0) {
      throw new IllegalArgumentException(
          "generation.no_repeat_ngram_size must be >= 0, found " + noRepeatNgramSize);
    }
  }

  /** Greedy, at most 32 new tokens. */
  public static GenerationSection defaults() {
    return new GenerationSection(32, 1, 1.0, 0);
  }
}
