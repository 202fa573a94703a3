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

/**
 * A {@link SpanAdapter} as a SameDiff graph per feature shape (a few cached). Backward is the
 * graph of {@code loss = sum(out * upstream)} with {@code upstream} a placeholder, so its weight
 * gradients are exactly the vector-Jacobian product the decoder's input gradient asks for.
 * Variables share the store's arrays: in-place optimizer updates are seen by every cached graph.
 */
public abstract class GraphAdapter implements SpanAdapter {
  private static final String UPSTREAM = "pipeline.upstream";
  private static final String LOSS = "pipeline.vjp";
  private static final int CACHED = 8;

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
      if (got != null && !Arrays.equals(got, want) && !Arrays.equals(got, new long[] {1, features.tokens(), hiddenSize})) {
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
