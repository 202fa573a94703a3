package io.ofa4j.task.synthetic;

import io.ofa4j.task.data.Example;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * DART-like table-to-text: a person entity with two to four attribute triples ({@code subject |
 * predicate | object}, predicates born_in, works_as, age, likes) and a reference sentence that
 * verbalises every triple in a fixed per-predicate phrasing, in triple order. Slots {@code
 * triples} (list) and {@code text}. Trivial baseline: the triples joined with spaces as the
 * "sentence" (copying subjects and objects): sacreBLEU about 0.1 against the references (seed 2,
 * 100 examples), while a perfect verbalisation scores 100.
 */
public record TableToTextGenerator(long seed) {

  private static final List<String> JOBS = List.of("teacher", "pilot", "chef", "nurse", "engineer", "farmer");
  private static final List<String> HOBBIES = List.of("chess", "tennis", "jazz", "painting", "hiking");

  /** Generates {@code count} examples. */
  public List<Example> generate(int count) {
    Random random = new Random(seed);
    List<Example> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String person = Vocabulary.pick(random, Vocabulary.PEOPLE);
      List<String> predicates = new ArrayList<>(List.of("born_in", "works_as", "age", "likes"));
      Collections.shuffle(predicates, random);
      int n = 2 + random.nextInt(3);
      List<String> triples = new ArrayList<>();
      List<String> clauses = new ArrayList<>();
      for (String p : predicates.subList(0, n)) {
        String object;
        String clause;
        switch (p) {
          case "born_in" -> {
            object = Vocabulary.pick(random, Vocabulary.CITIES);
            clause = "was born in " + object;
          }
          case "works_as" -> {
            object = Vocabulary.pick(random, JOBS);
            clause = "works as a " + object;
          }
          case "age" -> {
            object = String.valueOf(20 + random.nextInt(50));
            clause = "is " + object + " years old";
          }
          default -> {
            object = Vocabulary.pick(random, HOBBIES);
            clause = "likes " + object;
          }
        }
        triples.add(person + " | " + p + " | " + object);
        clauses.add(clause);
      }
      // "P c1 and c2 ." or "P c1 , c2 and c3 ."
      String text = person + " " + String.join(" , ", clauses.subList(0, n - 1))
          + " and " + clauses.get(n - 1) + " .";
      Map<String, Object> slots = new LinkedHashMap<>();
      slots.put("triples", List.copyOf(triples));
      slots.put("text", text);
      out.add(new Example(slots, "synthetic-table2text#" + i));
    }
    return out;
  }
}
