package io.ofa4j.task.synthetic;

import java.util.List;
import java.util.Random;

/** Word lists shared by the templated generators, and a seeded picker. */
final class Vocabulary {

  static final List<String> NOUNS = List.of("movie", "meal", "hotel", "concert", "book", "phone", "service", "game");
  static final List<String> POSITIVE = List.of("wonderful", "great", "delightful", "excellent", "charming", "superb");
  static final List<String> NEGATIVE = List.of("terrible", "awful", "boring", "dreadful", "disappointing", "bland");
  static final List<String> ANIMALS = List.of("dog", "cat", "horse", "bird", "fox", "rabbit");
  static final List<String> COLORS = List.of("brown", "black", "white", "small", "young", "old");
  static final List<String> VERBS = List.of("running", "sleeping", "eating", "jumping", "sitting", "playing");
  static final List<String> PLACES = List.of("park", "garden", "field", "yard", "forest", "street");
  static final List<String> PEOPLE = List.of("Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace", "Heidi");
  static final List<String> CITIES = List.of("Paris", "Lima", "Oslo", "Cairo", "Tokyo", "Quito", "Perth", "Rome");

  private Vocabulary() {}

  static String pick(Random random, List<String> words) {
    return words.get(random.nextInt(words.size()));
  }

  /** A different word from {@code words} than {@code not}. */
  static String pickOther(Random random, List<String> words, String not) {
    String w;
    do {
      w = pick(random, words);
    } while (w.equals(not));
    return w;
  }
}
