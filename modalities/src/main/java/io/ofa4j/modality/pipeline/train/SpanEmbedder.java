package io.ofa4j.modality.pipeline.train;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.encode.AdapterSpan;
import io.ofa4j.modality.pipeline.encode.MultimodalBatch;
import io.ofa4j.modality.pipeline.kit.KitRegistry;
import io.ofa4j.runtime.train.TokenEmbedding;
import io.ofa4j.runtime.weights.ParameterStore;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The input embeddings of a multimodal batch and their backward pass: token rows looked up in
 * {@code model.embed_tokens.weight} outside the graph (DL4J's gather backward is wrong), adapter
 * outputs spliced over the placeholder rows; backward sends each span's slice of the decoder's
 * input gradient through its adapter and scatters the remaining rows into the embedding.
 */
public final class SpanEmbedder {
  /** Embedding key. */
  public static final String EMBED = "model.embed_tokens.weight";

  private final KitRegistry kits;
  private final ParameterStore store;

  /**
   * @param kits the kits whose adapters embed spans
   * @param store the shared weights
   */
  public SpanEmbedder(KitRegistry kits, ParameterStore store) {
    this.kits = requireNonNull(kits, "kits is null");
    this.store = requireNonNull(store, "store is null");
  }

  /** {@code [B, T, H]}: token embeddings with every span replaced by its adapter's output. */
  public INDArray embed(MultimodalBatch batch) {
    INDArray x = TokenEmbedding.lookup(store.get(EMBED), batch.tokens().inputIds()); // [B, T, H]
    for (int r = 0; r < batch.spans().size(); r++) {
      for (AdapterSpan s : batch.spans().get(r)) {
        INDArray out = kits.adapter(s.features().adapter()).forward(s.features(), store); // [L, H]
        x.get(NDArrayIndex.point(r), NDArrayIndex.interval(s.offset(), s.offset() + s.length()),
            NDArrayIndex.all()).assign(out);
      }
    }
    return x;
  }

  /**
   * Adds the weight gradients implied by {@code inputsGrad} ({@code [B, T, H]}) to {@code grads}:
   * adapters for span rows, the token embedding for the other rows (when trainable).
   */
  public void backward(MultimodalBatch batch, INDArray inputsGrad, Collection<String> trainable,
      Map<String, INDArray> grads) {
    INDArray tokenRows = inputsGrad.dup(); // span rows zeroed below: they did not come from the table
    for (int r = 0; r < batch.spans().size(); r++) {
      for (AdapterSpan s : batch.spans().get(r)) {
        INDArray up = inputsGrad.get(NDArrayIndex.point(r),
            NDArrayIndex.interval(s.offset(), s.offset() + s.length()), NDArrayIndex.all()).dup(); // [L, H]
        Map<String, INDArray> g = kits.adapter(s.features().adapter()).backward(s.features(), up, store, trainable);
        g.forEach((k, v) -> grads.merge(k, v.dup(), INDArray::addi));
        tokenRows.get(NDArrayIndex.point(r), NDArrayIndex.interval(s.offset(), s.offset() + s.length()),
            NDArrayIndex.all()).assign(0);
      }
    }
    if (trainable.contains(EMBED)) {
      INDArray e = grads.computeIfAbsent(EMBED, k -> store.get(EMBED).like().assign(0));
      TokenEmbedding.scatterAdd(e, batch.tokens().inputIds(), tokenRows);
    }
  }

  /** Adapter keys among {@code keys}. */
  public List<String> adapterKeys(Collection<String> keys) {
    return kits.adapters().stream().flatMap(a -> a.weightKeys().stream()).filter(keys::contains).toList();
  }
}
