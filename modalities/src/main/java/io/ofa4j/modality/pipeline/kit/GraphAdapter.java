package io.ofa4j.modality.pipeline.kit;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.weights.ParameterStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A {@link SpanAdapter} as a SameDiff graph per feature shape (a few cached). Backward is the
 * graph of {@code loss = sum(out * upstream)} with {@code upstream} a placeholder, so its weight
 * gradients are exactly the vector-Jacobian product the decoder's input gradient asks for.
 * Variables share the store's arrays: in-place optimizer updates are seen by every cached graph.
 *
 * <p>Batching: spans with equal {@link #batchKey} are {@link #combine combined} into one input
 * whose output rows are the spans' outputs one after the other, so a micro-batch costs one
 * forward and one backward graph run per group instead of per span (SameDiff's per-op overhead
 * dominates on tiny tensors). Combining must not change any span's result: it is only offered
 * where the graph is row-wise, batched, or masked per span (Qwen2-VL's {@code cu_seqlens}).
 */
public abstract class GraphAdapter implements SpanAdapter {
  private static final String UPSTREAM = "pipeline.upstream";
  private static final String LOSS = "pipeline.vjp";
  // one graph per feature shape, and with batching per combination of shapes (equal-sized images:
  // one per group size), so more than a handful of graphs stay useful
  private static final int CACHED = 24;

  private final String name;
  private final int hiddenSize;
  private final Map<String, Graph> graphs = new LinkedHashMap<>(16, 0.75f, true);

  private record Graph(SameDiff sd, String output) {}

  /**
   * @param name the adapter name
   * @param hiddenSize width H of the embeddings it must emit
   */
  protected GraphAdapter(String name, int hiddenSize) {
    this.name = requireNonNull(name, "name is null");
    if (hiddenSize < 1) {
      throw new IllegalArgumentException("hiddenSize (" + hiddenSize + ") must be >= 1");
    }
    this.hiddenSize = hiddenSize;
  }

  @Override
  public String name() {
    return name;
  }

  /** Width H of the embeddings. */
  public int hiddenSize() {
    return hiddenSize;
  }

  /**
   * Builds the adapter on {@code sd} for inputs shaped like {@code features}: creates its
   * placeholders and weight variables (named by store key) and returns the output variable.
   */
  protected abstract SDVariable build(SameDiff sd, SpanFeatures features, ParameterStore store);

  /** Placeholder values for {@code features}, keyed by placeholder name. */
  protected abstract Map<String, INDArray> placeholders(SpanFeatures features, DataType dtype);

  /**
   * Spans with equal keys may be embedded together by {@link #combine}; {@code null} (the
   * default) keeps a span on its own.
   */
  protected String batchKey(SpanFeatures features) {
    return null;
  }

  /**
   * Features of {@code spans} (two or more, equal {@link #batchKey}) as one input whose output
   * rows are each span's output in order; {@code tokens} is the sum of theirs.
   */
  protected SpanFeatures combine(List<SpanFeatures> spans) {
    throw new UnsupportedOperationException("adapter '" + name + "' does not combine spans");
  }

  /** The most feature rows one combined input may have (bounds e.g. dense attention's N^2). */
  protected long batchRowLimit() {
    return Long.MAX_VALUE;
  }

  /** Row concatenation of {@code spans}' features {@code [n_i, D]}, for row-wise adapters. */
  protected static SpanFeatures concatRows(List<SpanFeatures> spans) {
    INDArray[] values = spans.stream().map(SpanFeatures::values).toArray(INDArray[]::new);
    int tokens = spans.stream().mapToInt(SpanFeatures::tokens).sum();
    return new SpanFeatures(spans.get(0).adapter(), Nd4j.concat(0, values), tokens, null);
  }

  @Override
  public List<INDArray> forwardBatch(List<SpanFeatures> spans, ParameterStore store) {
    INDArray[] out = new INDArray[spans.size()];
    for (List<Integer> group : SpanGroups.of(spans, this::batchKey, batchRowLimit())) {
      if (group.size() == 1) {
        out[group.get(0)] = forward(spans.get(group.get(0)), store);
        continue;
      }
      INDArray all = forward(combine(pick(spans, group)), store); // [sum T_i, H]
      long row = 0;
      for (int i : group) {
        int t = spans.get(i).tokens();
        out[i] = all.get(NDArrayIndex.interval(row, row + t), NDArrayIndex.all()).dup(); // [T_i, H]
        row += t;
      }
    }
    return Arrays.asList(out);
  }

  @Override
  public Map<String, INDArray> backwardBatch(List<SpanFeatures> spans, List<INDArray> upstream,
      ParameterStore store, Collection<String> wrt) {
    if (spans.size() != upstream.size()) {
      throw new IllegalArgumentException("adapter '" + name + "' got " + spans.size() + " spans but "
          + upstream.size() + " upstream gradients");
    }
    if (weightKeys().stream().noneMatch(wrt::contains)) {
      return Map.of(); // frozen adapter: skip combining inputs no graph will read
    }
    Map<String, INDArray> sum = new LinkedHashMap<>();
    for (List<Integer> group : SpanGroups.of(spans, this::batchKey, batchRowLimit())) {
      Map<String, INDArray> g;
      if (group.size() == 1) {
        g = backward(spans.get(group.get(0)), upstream.get(group.get(0)), store, wrt);
      } else {
        INDArray[] ups = group.stream().map(upstream::get).toArray(INDArray[]::new);
        g = backward(combine(pick(spans, group)), Nd4j.concat(0, ups), store, wrt); // upstream [sum T_i, H]
      }
      g.forEach((k, v) -> sum.merge(k, v.dup(), INDArray::addi));
    }
    return sum;
  }

  private static List<SpanFeatures> pick(List<SpanFeatures> spans, List<Integer> group) {
    return group.stream().map(spans::get).toList();
  }

  @Override
  public INDArray forward(SpanFeatures features, ParameterStore store) {
    Graph g = graph(features, store);
    INDArray out = g.sd().output(placeholders(features, dtype(store)), g.output()).get(g.output());
    if (out.length() != (long) features.tokens() * hiddenSize) {
      throw new IllegalStateException("adapter '" + name + "' emitted shape " + Arrays.toString(out.shape())
          + " for features " + Arrays.toString(features.values().shape()) + ", expected ["
          + features.tokens() + ", " + hiddenSize + "] (span length x hidden size)");
    }
    return out.reshape(features.tokens(), hiddenSize); // [T, H]
  }

  @Override
  public Map<String, INDArray> backward(SpanFeatures features, INDArray upstream,
      ParameterStore store, Collection<String> wrt) {
    requireNonNull(upstream, "upstream is null");
    long[] want = {features.tokens(), hiddenSize};
    if (!Arrays.equals(upstream.shape(), want)) {
      throw new IllegalArgumentException("adapter '" + name + "' upstream gradient has shape "
          + Arrays.toString(upstream.shape()) + ", expected " + Arrays.toString(want));
    }
    List<String> keys = new ArrayList<>();
    for (String k : weightKeys()) {
      if (wrt.contains(k)) {
        keys.add(k);
      }
    }
    if (keys.isEmpty()) {
      return Map.of();
    }
    Graph g = graph(features, store);
    Map<String, INDArray> feeds = new HashMap<>(placeholders(features, dtype(store)));
    feeds.put(UPSTREAM, upstream.castTo(dtype(store)));
    return g.sd().calculateGradients(feeds, keys);
  }

  private Graph graph(SpanFeatures features, ParameterStore store) {
    String key = features.shapeKey();
    Graph g = graphs.get(key);
    if (g == null) {
      SameDiff sd = SameDiff.create();
      SDVariable out = build(sd, features, store);
      long[] got = out.getShape();
      long[] want = {features.tokens(), hiddenSize};
      // [T, H], or batched [B, T_b, H] with B * T_b = T (combined equal-length spans)
      if (got != null && (got[got.length - 1] != hiddenSize
          || Arrays.stream(got).reduce(1, (a, b) -> a * b) != (long) features.tokens() * hiddenSize)) {
        throw new IllegalStateException("adapter '" + name + "' emits shape " + Arrays.toString(got)
            + " for features " + Arrays.toString(features.values().shape()) + ", expected "
            + Arrays.toString(want) + " (span length x hidden size)");
      }
      SDVariable flat = sd.reshape(out, features.tokens(), hiddenSize); // [T, H]
      SDVariable up = sd.placeHolder(UPSTREAM, dtype(store), features.tokens(), hiddenSize);
      flat.mul(up).sum(true, 0, 1).rename(LOSS); // scalar-ish [1, 1]: keepDims for a correct backward
      sd.setLossVariables(LOSS);
      g = new Graph(sd, out.name());
      graphs.put(key, g);
      if (graphs.size() > CACHED) {
        graphs.remove(graphs.keySet().iterator().next());
      }
    }
    return g;
  }

  /** Data type of the adapter's weights. */
  protected DataType dtype(ParameterStore store) {
    return store.get(weightKeys().get(0)).dataType();
  }
}
