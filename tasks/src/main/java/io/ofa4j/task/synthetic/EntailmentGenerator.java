package io.ofa4j.task.synthetic;

import io.ofa4j.task.data.Example;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * MNLI-like pairs. Premise "a {color} {animal} is {verb} in the {place} ."; hypotheses:
 * entailment drops a detail ("a {animal} is {verb} ."), contradiction changes the action ("a
 * {color} {animal} is {other verb} in the {place} ."), neutral adds an unstated detail ("a {color}
 * {animal} is {verb} in the {place} with {person} ."). Slots {@code premise}, {@code hypothesis},
 * {@code label}. Trivial baseline: majority class, 33.3%.
 */
public final class EntailmentGenerator extends TextPairGenerator {

  /**
   * @param seed the RNG seed
   * @param noiseRate probability of replacing a label by another one
   */
  public EntailmentGenerator(long seed, double noiseRate) {
    super(seed, noiseRate, List.of("entailment", "neutral", "contradiction"));
  }

  @Override
  Example make(Random random, String label, int index) {
    String color = Vocabulary.pick(random, Vocabulary.COLORS);
    String animal = Vocabulary.pick(random, Vocabulary.ANIMALS);
    String verb = Vocabulary.pick(random, Vocabulary.VERBS);
    String place = Vocabulary.pick(random, Vocabulary.PLACES);
    String other = Vocabulary.pickOther(random, Vocabulary.VERBS, verb);
    String person = Vocabulary.pick(random, Vocabulary.PEOPLE);
    String premise = "a " + color + " " + animal + " is " + verb + " in the " + place + " .";
    String hypothesis = switch (label) {
      case "entailment" -> "a " + animal + " is " + verb + " .";
      case "contradiction" -> "a " + color + " " + animal + " is " + other + " in the " + place + " .";
      default -> "a " + color + " " + animal + " is " + verb + " in the " + place + " with " + person + " .";
    };
    return new Example(Map.of("premise", premise, "hypothesis", hypothesis), "synthetic-entailment#" + index);
  }
}
