package io.ofa4j.modality.pipeline.kit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Pre-processed features of one adapter span, ready for the adapter's graph.
 *
 * @param adapter the adapter that embeds them ({@link SpanAdapter#name()})
 * @param values the features, e.g. {@code [N, 1176]} patch rows, {@code [frames, mel]} log-mel,
 *     {@code [frames, 6 + 6J]} motion_6d
 * @param tokens number of embeddings the adapter emits: the span's length in the sequence
 * @param grid Qwen2-VL {@code [t, h, w]} patch grid for vision spans, else {@code null}; features
 *     of several vision spans combined into one adapter input ({@link GraphAdapter}) carry one
 *     triple per span, concatenated, in the order of their rows
 */
public record SpanFeatures(String adapter, INDArray values, int tokens, int[] grid) {
  public SpanFeatures {
    requireNonNull(adapter, "adapter is null");
    requireNonNull(values, "values is null");
    if (tokens < 1) {
      throw new IllegalArgumentException("span of adapter '" + adapter + "' has " + tokens
          + " tokens; features " + Arrays.toString(values.shape()));
    }
    if (grid != null && (grid.length == 0 || grid.length % 3 != 0)) {
      throw new IllegalArgumentException("span of adapter '" + adapter + "' has grid " + Arrays.toString(grid)
          + "; expected one or more [t, h, w] triples");
    }
    grid = grid == null ? null : grid.clone();
  }

  /** A key telling graphs of equal shape apart: the feature shape and the grid. */
  public String shapeKey() {
    return Arrays.toString(values.shape()) + (grid == null ? "" : Arrays.toString(grid));
  }

  /** The {@code [t, h, w]} triples of {@link #grid()}: one per combined span. */
  public List<int[]> grids() {
    if (grid == null) {
      return List.of();
    }
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < grid.length; i += 3) {
      out.add(Arrays.copyOfRange(grid, i, i + 3));
    }
    return out;
  }
}
