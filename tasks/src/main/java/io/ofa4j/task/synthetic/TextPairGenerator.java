package io.ofa4j.task.synthetic;

import static java.util.Objects.requireNonNull;

import io.ofa4j.task.data.Example;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Base of the templated text generators: {@code count} examples from {@code java.util.Random(seed)}
 * (a specified algorithm, so the same seed gives the same examples on every JVM), labels balanced
 * by cycling through them, then {@link LabelNoise}, then shuffled with the same RNG.
 */
public abstract class TextPairGenerator {

  private final long seed;
  private final LabelNoise noise;
  private final List<String> labels;

  /**
   * @param seed the RNG seed
   * @param noiseRate probability of replacing a label by another one
   * @param labels the labels, in the order they are cycled through
   */
  protected TextPairGenerator(long seed, double noiseRate, List<String> labels) {
    this.seed = seed;
    this.noise = new LabelNoise(noiseRate);
    this.labels = List.copyOf(requireNonNull(labels, "labels is null"));
    if (this.labels.isEmpty()) {
      throw new IllegalArgumentException("a text pair generator needs at least one label");
    }
  }

  /** The labels, in the order they are cycled through. */
  public final List<String> labels() {
    return labels;
  }

  /** Builds the text slots of one example with true label {@code label}. */
  abstract Example make(Random random, String label, int index);

  /** Generates {@code count} examples; slot {@code label} holds the (possibly noisy) label. */
  public final List<Example> generate(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0 but was " + count);
    }
    Random random = new Random(seed);
    List<Example> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String label = labels().get(i % labels().size());
      Example clean = make(random, label, i);
      Map<String, Object> slots = new LinkedHashMap<>(clean.slots());
      slots.put("label", noise.apply(random, label, labels()));
      slots.put("clean_label", label);
      out.add(new Example(slots, clean.origin()));
    }
    Collections.shuffle(out, random);
    return out;
  }

  /** Accuracy of always predicting the most frequent label: the trivial baseline. */
  public static double majorityBaseline(List<Example> examples) {
    Map<String, Integer> counts = new HashMap<>();
    examples.forEach(e -> counts.merge(e.text("label"), 1, Integer::sum));
    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    return examples.isEmpty() ? 0 : (double) max / examples.size();
  }
}
