package io.ofa4j.task.synthetic;

import io.ofa4j.task.data.Example;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Random;

/**
 * Text infilling ({@code text_infilling}): short descriptive sentences drawn from templates with a
 * fixed word order ("the old fox is sleeping in the garden with Carol ."), so a masked word can
 * be recovered from its template position and neighbours. The one slot {@code text} feeds both
 * sides; the instruction's {@code mask_ratio=0.3} masks the source copy when the sequence is
 * built. Trivial baseline: copying the masked input (30% of the words replaced by
 * {@value #MASK}, chosen by a per-example RNG), scored with exact match (0 unless nothing was
 * masked).
 */
final class InfillingDataset implements SyntheticDataset {
  /** The mask token of the baseline's masked copy. */
  static final String MASK = "<mask>";
  private static final double MASK_RATIO = 0.3;

  @Override
  public String name() {
    return "text_infilling";
  }

  @Override
  public String description() {
    return "templated sentences to restore after word masking";
  }

  @Override
  public Example example(long index, SyntheticContext context) {
    Random r = context.random(index, 0);
    String text = switch (r.nextInt(3)) {
      case 0 -> "the " + Vocabulary.pick(r, Vocabulary.COLORS) + " " + Vocabulary.pick(r, Vocabulary.ANIMALS)
          + " is " + Vocabulary.pick(r, Vocabulary.VERBS) + " in the " + Vocabulary.pick(r, Vocabulary.PLACES)
          + " with " + Vocabulary.pick(r, Vocabulary.PEOPLE) + " .";
      case 1 -> Vocabulary.pick(r, Vocabulary.PEOPLE) + " flew from " + Vocabulary.pick(r, Vocabulary.CITIES)
          + " to " + Vocabulary.pick(r, Vocabulary.CITIES) + " to see the " + Vocabulary.pick(r, Vocabulary.NOUNS) + " .";
      default -> "the " + Vocabulary.pick(r, Vocabulary.NOUNS) + " was " + Vocabulary.pick(r, Vocabulary.POSITIVE)
          + " and the " + Vocabulary.pick(r, Vocabulary.NOUNS) + " was " + Vocabulary.pick(r, Vocabulary.NEGATIVE) + " .";
    };
    return new Example(Map.of("text", text), name() + "#" + index);
  }

  @Override
  public Baseline baseline(Supplier<List<Example>> train, List<Example> eval, SyntheticContext context) {
    List<String> predictions = new ArrayList<>();
    for (int i = 0; i < eval.size(); i++) {
      predictions.add(mask(eval.get(i).text("text"), context.random(i, 7)));
    }
    List<List<String>> references = eval.stream().map(e -> List.of(e.text("text"))).toList();
    return new Baseline("copy of the masked input (" + (int) (MASK_RATIO * 100) + "% words masked)",
        predictions, references);
  }

  /** Replaces round(30%) of the words, at random positions, by the mask token. */
  static String mask(String text, Random r) {
    List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
    int n = (int) Math.round(words.size() * MASK_RATIO);
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      positions.add(i);
    }
    Collections.shuffle(positions, r);
    positions.subList(0, n).forEach(p -> words.set(p, MASK));
    return String.join(" ", words);
  }
}
