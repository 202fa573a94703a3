package io.ofa4j.modality.pipeline.kit;

import io.ofa4j.runtime.weights.ParameterStore;
import java.util.Collection;
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
}
