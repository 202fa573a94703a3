package io.ofa4j.task.synthetic;

import io.ofa4j.task.data.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Random;

/**
 * Natural-Instructions-style tasks ({@code text_instructions}): a definition and an input in one
 * source text ({@code "Definition: ... Input: ..."}), as the NI format concatenates them, and the
 * output. Four task families over a list of four to six words, each answer computed from the
 * input: the first word, the last word, the number of words (as a digit), and whether a given
 * word occurs (yes / no). Slots {@code src}, {@code tgt}. Trivial baseline: the most frequent
 * training output, scored with ROUGE-L.
 */
final class InstructionDataset implements SyntheticDataset {
  private static final List<String> DEFINITIONS = List.of(
      "Return the first word of the input.",
      "Return the last word of the input.",
      "Count the words of the input and answer with a number.",
      "Answer yes if the word '%s' occurs in the input, otherwise answer no.");

  @Override
  public String name() {
    return "text_instructions";
  }

  @Override
  public String description() {
    return "definition + input -> output word tasks (first, last, count, contains)";
  }

  @Override
  public Example example(long index, SyntheticContext context) {
    Random r = context.random(index, 0);
    List<String> pool = new ArrayList<>(Vocabulary.ANIMALS);
    pool.addAll(Vocabulary.NOUNS);
    List<String> words = new ArrayList<>();
    int n = 4 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      words.add(Vocabulary.pick(r, pool));
    }
    int family = (int) Math.floorMod(index, 4L);
    String definition = DEFINITIONS.get(family);
    String output;
    switch (family) {
      case 0 -> output = words.get(0);
      case 1 -> output = words.get(n - 1);
      case 2 -> output = Integer.toString(n);
      default -> {
        String probe = r.nextBoolean() ? Vocabulary.pick(r, words) : Vocabulary.pick(r, pool);
        definition = String.format(definition, probe);
        output = words.contains(probe) ? "yes" : "no";
      }
    }
    String src = "Definition: " + definition + " Input: " + String.join(" ", words);
    return new Example(Map.of("src", src, "tgt", output), name() + "#" + index);
  }

  @Override
  public Baseline baseline(Supplier<List<Example>> train, List<Example> eval, SyntheticContext context) {
    return Baselines.constant(train, eval, "tgt", "most frequent output");
  }
}
