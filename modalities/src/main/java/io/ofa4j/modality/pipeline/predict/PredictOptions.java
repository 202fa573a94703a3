package io.ofa4j.modality.pipeline.predict;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Settings of one prediction.
 *
 * @param maxNewTokens cap on generated tokens (also below a slot's {@code max_length})
 * @param labels the label set of a CLOSED_SET target (the planner leaves it to the data: "distinct
 *     values of column c"); empty for other generators
 * @param maxObjects cap on the items of a REPEATED (detection) target
 */
public record PredictOptions(int maxNewTokens, List<String> labels, int maxObjects) {
  public PredictOptions {
    labels = List.copyOf(requireNonNull(labels, "labels is null"));
    if (maxNewTokens < 1 || maxObjects < 1) {
      throw new IllegalArgumentException("maxNewTokens " + maxNewTokens + " and maxObjects "
          + maxObjects + " must be >= 1");
    }
  }

  /** 64 new tokens, no labels, 16 objects. */
  public static PredictOptions defaults() {
    return new PredictOptions(64, List.of(), 16);
  }

  /** The same options with a closed label set. */
  public PredictOptions withLabels(List<String> value) {
    return new PredictOptions(maxNewTokens, value, maxObjects);
  }
}
