package io.ofa4j.task.synthetic;

import io.ofa4j.task.data.Example;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;

/** Building blocks of the trivial baselines. */
public final class Baselines {
  private Baselines() {}

  /** The most frequent value of text slot {@code slot} (ties: the first seen). */
  public static String mostFrequent(List<Example> examples, String slot) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    examples.forEach(e -> counts.merge(e.text(slot), 1, Integer::sum));
    return counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue))
        .map(Map.Entry::getKey)
        .orElseThrow(() -> new IllegalArgumentException("no examples to fit a baseline on"));
  }

  /**
   * Always predicting the most frequent training value of {@code slot}, references the single
   * true value: majority class, most frequent answer, most frequent caption.
   */
  public static Baseline constant(Supplier<List<Example>> train, List<Example> eval, String slot, String what) {
    String value = mostFrequent(train.get(), slot);
    List<String> predictions = Collections.nCopies(eval.size(), value);
    List<List<String>> references = eval.stream().map(e -> List.of(e.text(slot))).toList();
    return new Baseline(what + " '" + value + "'", predictions, references);
  }
}
