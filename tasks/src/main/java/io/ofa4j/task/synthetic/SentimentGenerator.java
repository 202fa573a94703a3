package io.ofa4j.task.synthetic;

import io.ofa4j.task.data.Example;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * SST-2-like sentiment sentences: "the {noun} was {adjective}." with a positive or negative
 * adjective; a third of the sentences negate an adjective of the opposite polarity ("the meal was
 * not awful" is positive), so a bag-of-adjectives model is not enough. Slots {@code sentence},
 * {@code label} (positive/negative). Trivial baseline: majority class, 50% on clean labels.
 */
public final class SentimentGenerator extends TextPairGenerator {

  /**
   * @param seed the RNG seed
   * @param noiseRate probability of replacing a label by another one
   */
  public SentimentGenerator(long seed, double noiseRate) {
    super(seed, noiseRate, List.of("positive", "negative"));
  }

  @Override
  Example make(Random random, String label, int index) {
    boolean positive = label.equals("positive");
    boolean negated = random.nextInt(3) == 0;
    List<String> adjectives = positive != negated ? Vocabulary.POSITIVE : Vocabulary.NEGATIVE;
    String sentence = "the " + Vocabulary.pick(random, Vocabulary.NOUNS) + " was "
        + (negated ? "not " : "") + Vocabulary.pick(random, adjectives) + " .";
    return new Example(Map.of("sentence", sentence), "synthetic-sentiment#" + index);
  }
}
