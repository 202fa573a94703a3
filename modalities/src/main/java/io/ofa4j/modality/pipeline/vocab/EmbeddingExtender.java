package io.ofa4j.modality.pipeline.vocab;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.weights.ParameterStore;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Grows {@code model.embed_tokens.weight} (and an untied {@code lm_head.weight}) to cover tokens
 * added by {@link TokenizerExtender}: new rows are the mean of the existing rows, the usual
 * initialisation for added tokens (their logits start near the average token's).
 */
public final class EmbeddingExtender {
  /** Embedding key. */
  public static final String EMBED = "model.embed_tokens.weight";
  /** Untied head key. */
  public static final String HEAD = "lm_head.weight";

  private EmbeddingExtender() {}

  /**
   * Appends rows until both matrices have at least {@code rows} rows; returns the new row count
   * (unchanged when the checkpoint already had padding rows enough).
   */
  public static int extend(ParameterStore store, int rows) {
    requireNonNull(store, "store is null");
    int out = grow(store, EMBED, rows);
    if (store.contains(HEAD)) {
      grow(store, HEAD, rows);
    }
    return out;
  }

  private static int grow(ParameterStore store, String key, int rows) {
    INDArray w = store.get(key); // [V, H]
    if (w.size(0) >= rows) {
      return (int) w.size(0);
    }
    INDArray mean = w.mean(true, 0); // [1, H]
    INDArray extra = mean.repeat(0, rows - w.size(0)); // [rows - V, H]
    store.put(key, Nd4j.concat(0, w, extra));
    return rows;
  }
}
