package io.ofa4j.task.synthetic;

import io.ofa4j.task.data.Example;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * QQP/MRPC-like pairs about travel: "{person} flew to {city} last {day} ." paraphrased by a
 * passive/reordered template (label 1), or the same template with another city or person (label
 * 0), so word overlap alone does not decide. Slots {@code sentence1}, {@code sentence2}, {@code
 * label}. Trivial baseline: majority class, 50%.
 */
public final class ParaphraseGenerator extends TextPairGenerator {

  private static final List<String> DAYS = List.of("monday", "tuesday", "friday", "sunday");

  /**
   * @param seed the RNG seed
   * @param noiseRate probability of replacing a label by another one
   */
  public ParaphraseGenerator(long seed, double noiseRate) {
    super(seed, noiseRate, List.of("1", "0"));
  }

  @Override
  Example make(Random random, String label, int index) {
    String person = Vocabulary.pick(random, Vocabulary.PEOPLE);
    String city = Vocabulary.pick(random, Vocabulary.CITIES);
    String day = Vocabulary.pick(random, DAYS);
    String s1 = person + " flew to " + city + " last " + day + " .";
    boolean changeCity = random.nextBoolean();
    String otherCity = Vocabulary.pickOther(random, Vocabulary.CITIES, city);
    String otherPerson = Vocabulary.pickOther(random, Vocabulary.PEOPLE, person);
    String p = label.equals("1") || changeCity ? person : otherPerson;
    String c = label.equals("1") || !changeCity ? city : otherCity;
    String s2 = "last " + day + " , " + p + " took a flight to " + c + " .";
    return new Example(Map.of("sentence1", s1, "sentence2", s2), "synthetic-paraphrase#" + index);
  }
}
