package io.ofa4j.task.synthetic;

import static java.util.Objects.requireNonNull;

import io.ofa4j.task.data.Example;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates a split of a synthetic dataset: train is indices {@code [0, trainSize)}, validation
 * {@code [trainSize, trainSize + validationSize)}, so the splits never share an example.
 */
public final class SyntheticSplits {
  private SyntheticSplits() {}

  /** First index of {@code split}. */
  public static long firstIndex(Split split, int trainSize) {
    return split == Split.TRAIN ? 0 : trainSize;
  }

  /**
   * The first {@code count} examples of {@code split}.
   *
   * @param count at most the split's size
   */
  public static List<Example> examples(SyntheticDataset dataset, SyntheticContext context,
      Split split, int trainSize, int count) {
    requireNonNull(dataset, "dataset is null");
    requireNonNull(split, "split is null");
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0 but was " + count);
    }
    long first = firstIndex(split, trainSize);
    List<Example> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(dataset.example(first + i, context));
    }
    return out;
  }
}
