package io.ofa4j.task.synthetic;

import io.ofa4j.task.data.Example;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * CoLA-like acceptability: "the {animal}s {verb} in the {place} ." with subject-verb agreement
 * (acceptable, label 1) or a broken agreement / word order (unacceptable, label 0): singular
 * subject with plural verb, plural subject with singular verb, or a swapped determiner. Slots
 * {@code sentence}, {@code label}. Trivial baseline: majority class, 50% (MCC 0).
 */
public final class AcceptabilityGenerator extends TextPairGenerator {

  private static final List<String> SIT = List.of("sleep", "run", "eat", "play", "wait");

  /**
   * @param seed the RNG seed
   * @param noiseRate probability of replacing a label by another one
   */
  public AcceptabilityGenerator(long seed, double noiseRate) {
    super(seed, noiseRate, List.of("1", "0"));
  }

  @Override
  Example make(Random random, String label, int index) {
    String animal = Vocabulary.pick(random, Vocabulary.ANIMALS);
    String verb = Vocabulary.pick(random, SIT);
    String place = Vocabulary.pick(random, Vocabulary.PLACES);
    boolean plural = random.nextBoolean();
    int error = random.nextInt(2);
    String subject = "the " + animal + (plural ? "s" : "");
    String goodVerb = plural ? verb : verb + "s";
    String badVerb = plural ? verb + "s" : verb;
    String sentence;
    if (label.equals("1")) {
      sentence = subject + " " + goodVerb + " in the " + place + " .";
    } else if (error == 0) {
      sentence = subject + " " + badVerb + " in the " + place + " .";
    } else {
      sentence = animal + (plural ? "s" : "") + " the " + goodVerb + " in the " + place + " .";
    }
    return new Example(Map.of("sentence", sentence), "synthetic-acceptability#" + index);
  }
}
