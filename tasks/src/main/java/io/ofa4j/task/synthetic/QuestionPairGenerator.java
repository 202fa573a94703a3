package io.ofa4j.task.synthetic;

import io.ofa4j.task.data.Example;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * QQP-like question pairs: "how do i {verb} a {noun} ?" against a reworded question ("what is
 * the best way to {verb} a {noun} ?"); duplicates (yes) keep the verb and noun, non-duplicates
 * (no) change exactly one of them, so the wording differs in both classes and only the content
 * words decide. Slots {@code question1}, {@code question2}. Trivial baseline: majority class, 50%.
 */
public final class QuestionPairGenerator extends TextPairGenerator {
  private static final List<String> VERBS = List.of("fix", "clean", "sell", "paint", "choose", "store");
  private static final List<String> FORMS = List.of("what is the best way to %s a %s ?",
      "how can i %s a %s ?", "what should i do to %s a %s ?");

  public QuestionPairGenerator(long seed, double noiseRate) {
    super(seed, noiseRate);
  }

  @Override
  public List<String> labels() {
    return List.of("yes", "no");
  }

  @Override
  Example make(Random random, String label, int index) {
    String verb = Vocabulary.pick(random, VERBS);
    String noun = Vocabulary.pick(random, Vocabulary.NOUNS);
    String form = Vocabulary.pick(random, FORMS);
    String v2 = verb;
    String n2 = noun;
    if (label.equals("no")) {
      if (random.nextBoolean()) {
        v2 = Vocabulary.pickOther(random, VERBS, verb);
      } else {
        n2 = Vocabulary.pickOther(random, Vocabulary.NOUNS, noun);
      }
    }
    String q1 = "how do i " + verb + " a " + noun + " ?";
    String q2 = String.format(form, v2, n2);
    return new Example(Map.of("question1", q1, "question2", q2), "synthetic-qqp#" + index);
  }
}
