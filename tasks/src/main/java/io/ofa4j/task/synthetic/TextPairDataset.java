package io.ofa4j.task.synthetic;

import static java.util.Objects.requireNonNull;

import io.ofa4j.task.data.Example;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Random;

/**
 * A {@link TextPairGenerator} as a per-index dataset for a GLUE-style task: the task label of
 * example {@code i} cycles through the task's labels (balanced classes), a generator label that
 * maps to it is drawn, the generator writes the sentences, and the slots are renamed to the
 * instruction's names. Labels are clean (no noise): the answer is always derivable from the text.
 * Baseline: majority class of the training split.
 */
final class TextPairDataset implements SyntheticDataset {
  private final String name;
  private final String description;
  private final TextPairGenerator generator;
  private final Map<String, String> slotNames;
  private final Map<String, String> labelMap;

  /**
   * @param generator the sentence writer (its seed and noise are unused: the RNG is per index)
   * @param slotNames generator slot -> instruction slot
   * @param labelMap generator label -> task label (several may map to one task label)
   */
  TextPairDataset(String name, String description, TextPairGenerator generator,
      Map<String, String> slotNames, Map<String, String> labelMap) {
    this.name = requireNonNull(name, "name is null");
    this.description = requireNonNull(description, "description is null");
    this.generator = requireNonNull(generator, "generator is null");
    this.slotNames = Map.copyOf(slotNames);
    this.labelMap = new LinkedHashMap<>(labelMap);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Example example(long index, SyntheticContext context) {
    List<String> taskLabels = labelMap.values().stream().distinct().toList();
    String label = context.cycledLabel(index, taskLabels);
    List<String> sources = labelMap.entrySet().stream()
        .filter(e -> e.getValue().equals(label)).map(Map.Entry::getKey).toList();
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("dataset '" + name + "' cannot produce label '" + label
          + "'; it knows " + taskLabels);
    }
    Random random = context.random(index, 0);
    String generatorLabel = sources.get(random.nextInt(sources.size()));
    Example raw = generator.make(random, generatorLabel, (int) index);
    Map<String, Object> slots = new LinkedHashMap<>();
    raw.slots().forEach((k, v) -> slots.put(slotNames.getOrDefault(k, k), v));
    slots.put("label", label);
    return new Example(slots, name + "#" + index);
  }

  @Override
  public Baseline baseline(Supplier<List<Example>> train, List<Example> eval, SyntheticContext context) {
    return Baselines.constant(train, eval, "label", "majority class");
  }
}
