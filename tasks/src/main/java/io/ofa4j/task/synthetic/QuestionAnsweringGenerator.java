package io.ofa4j.task.synthetic;

import io.ofa4j.task.data.Example;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * QNLI-like pairs: a question about a trip ("where did Alice fly last monday ?") and a sentence
 * that answers it (label yes: "Alice flew to Oslo last monday .") or does not: the same person
 * doing something else that day, or another person flying, so the person, the verb and the day
 * must all be read. Slots {@code sentence}, {@code question}. Trivial baseline: majority class, 50%.
 */
public final class QuestionAnsweringGenerator extends TextPairGenerator {
  private static final List<String> DAYS = List.of("monday", "tuesday", "friday", "sunday");
  private static final List<String> OTHER = List.of("bought a book", "cooked dinner",
      "played chess", "visited a museum");

  public QuestionAnsweringGenerator(long seed, double noiseRate) {
    super(seed, noiseRate);
  }

  @Override
  public List<String> labels() {
    return List.of("yes", "no");
  }

  @Override
  Example make(Random random, String label, int index) {
    String person = Vocabulary.pick(random, Vocabulary.PEOPLE);
    String day = Vocabulary.pick(random, DAYS);
    String city = Vocabulary.pick(random, Vocabulary.CITIES);
    String question = "where did " + person + " fly last " + day + " ?";
    String sentence;
    if (label.equals("yes")) {
      sentence = person + " flew to " + city + " last " + day + " .";
    } else if (random.nextBoolean()) {
      sentence = person + " " + Vocabulary.pick(random, OTHER) + " in " + city + " last " + day + " .";
    } else {
      sentence = Vocabulary.pickOther(random, Vocabulary.PEOPLE, person) + " flew to " + city
          + " last " + day + " .";
    }
    return new Example(Map.of("sentence", sentence, "question", question), "synthetic-qnli#" + index);
  }
}
