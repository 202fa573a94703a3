package io.ofa4j.modality.pipeline.kit;

import io.ofa4j.runtime.weights.ParameterStore;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A trainable map from a span's features to embeddings {@code [T, H]}, with its weights in the
 * shared {@link ParameterStore} (so checkpoints, optimizer and freezing patterns see them).
 */
public interface SpanAdapter {

  /** The adapter's name, also what {@link SpanFeatures#adapter()} refers to. */
  String name();

  /** Adds the adapter's weights to {@code store} (seeded) unless they are already there. */
  void initialize(ParameterStore store, long seed);

  /** The keys of the adapter's weights. */
  List<String> weightKeys();

  /** Embeddings {@code [features.tokens(), H]}. */
  INDArray forward(SpanFeatures features, ParameterStore store);

  /**
   * Gradients of {@code sum(forward(features) * upstream)} with respect to the weights in {@code
   * wrt}: the chain rule from the decoder's input-embedding gradient of this span.
   *
   * @param upstream {@code [features.tokens(), H]}
   */
  Map<String, INDArray> backward(SpanFeatures features, INDArray upstream, ParameterStore store,
      Collection<String> wrt);

  /**
   * Embeddings of several spans, in order: what {@link #forward} gives for each. Adapters that
   * can embed spans together (one graph run for a micro-batch) override this; the default embeds
   * them one at a time.
   */
  default List<INDArray> forwardBatch(List<SpanFeatures> spans, ParameterStore store) {
    return spans.stream().map(f -> forward(f, store)).toList();
  }

  /**
   * The sum over {@code spans} of {@link #backward}: weight gradients of {@code sum_i
   * sum(forward(spans[i]) * upstream[i])}. The default runs one backward per span.
   *
   * @param upstream one {@code [tokens, H]} gradient per span, in the same order
   */
  default Map<String, INDArray> backwardBatch(List<SpanFeatures> spans, List<INDArray> upstream,
      ParameterStore store, Collection<String> wrt) {
    if (spans.size() != upstream.size()) {
      throw new IllegalArgumentException("adapter '" + name() + "' got " + spans.size() + " spans but "
          + upstream.size() + " upstream gradients");
    }
    Map<String, INDArray> sum = new LinkedHashMap<>();
    for (int i = 0; i < spans.size(); i++) {
      backward(spans.get(i), upstream.get(i), store, wrt).forEach((k, v) -> sum.merge(k, v.dup(), INDArray::addi));
    }
    return sum;
  }
}
