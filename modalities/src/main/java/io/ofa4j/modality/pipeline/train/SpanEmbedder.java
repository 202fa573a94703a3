package io.ofa4j.modality.pipeline.train;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.encode.AdapterSpan;
import io.ofa4j.modality.pipeline.encode.MultimodalBatch;
import io.ofa4j.modality.pipeline.kit.KitRegistry;
import io.ofa4j.modality.pipeline.kit.SpanAdapter;
import io.ofa4j.modality.pipeline.kit.SpanFeatures;
import io.ofa4j.runtime.train.TokenEmbedding;
import io.ofa4j.runtime.weights.ParameterStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The input embeddings of a multimodal batch and their backward pass: token rows looked up in
 * {@code model.embed_tokens.weight} outside the graph (DL4J's gather backward is wrong), adapter
 * outputs spliced over the placeholder rows; backward sends each span's slice of the decoder's
 * input gradient through its adapter and scatters the remaining rows into the embedding. Each
 * adapter sees all its spans of the batch at once ({@link SpanAdapter#forwardBatch}), so batching
 * adapters run one graph per micro-batch rather than one per span.
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
    byAdapter(batch).forEach((name, spans) -> {
      List<INDArray> outs = kits.adapter(name).forwardBatch(features(spans), store); // [L_i, H] each
      for (int i = 0; i < spans.size(); i++) {
        rows(x, spans.get(i)).assign(outs.get(i));
      }
    });
    return x;
  }

  /**
   * Adds the weight gradients implied by {@code inputsGrad} ({@code [B, T, H]}) to {@code grads}:
   * adapters for span rows (one batched backward per adapter), the token embedding for the other
   * rows (when trainable).
   */
  public void backward(MultimodalBatch batch, INDArray inputsGrad, Collection<String> trainable,
      Map<String, INDArray> grads) {
    INDArray tokenRows = inputsGrad.dup(); // span rows zeroed below: they did not come from the table
    byAdapter(batch).forEach((name, spans) -> {
      List<INDArray> ups = spans.stream().map(s -> rows(inputsGrad, s).dup()).toList(); // [L_i, H] each
      Map<String, INDArray> g = kits.adapter(name).backwardBatch(features(spans), ups, store, trainable);
      g.forEach((k, v) -> grads.merge(k, v.dup(), INDArray::addi));
      spans.forEach(s -> rows(tokenRows, s).assign(0));
    });
    if (trainable.contains(EMBED)) {
      INDArray e = grads.computeIfAbsent(EMBED, k -> store.get(EMBED).like().assign(0));
      TokenEmbedding.scatterAdd(e, batch.tokens().inputIds(), tokenRows);
    }
  }

  /** A span and the batch row it sits in. */
  private record Placed(int row, AdapterSpan span) {}

  /** The batch's spans by adapter name, in order of appearance (row, then offset). */
  private static Map<String, List<Placed>> byAdapter(MultimodalBatch batch) {
    Map<String, List<Placed>> out = new LinkedHashMap<>();
    for (int r = 0; r < batch.spans().size(); r++) {
      for (AdapterSpan s : batch.spans().get(r)) {
        out.computeIfAbsent(s.features().adapter(), k -> new ArrayList<>()).add(new Placed(r, s));
      }
    }
    return out;
  }

  private static List<SpanFeatures> features(List<Placed> spans) {
    return spans.stream().map(p -> p.span().features()).toList();
  }

  /** The span's rows of {@code x} {@code [B, T, H]}: a view {@code [L, H]}. */
  private static INDArray rows(INDArray x, Placed p) {
    AdapterSpan s = p.span();
    return x.get(NDArrayIndex.point(p.row()), NDArrayIndex.interval(s.offset(), s.offset() + s.length()),
        NDArrayIndex.all());
  }

  /** Adapter keys among {@code keys}. */
  public List<String> adapterKeys(Collection<String> keys) {
    return kits.adapters().stream().flatMap(a -> a.weightKeys().stream()).filter(keys::contains).toList();
  }
}
