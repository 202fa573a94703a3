package io.ofa4j.modality.pipeline.encode;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.train.TrainBatch;
import java.util.List;

/**
 * A padded batch: the decoder's {@link TrainBatch} (ids with placeholders, labels, loss mask,
 * attention mask, positions) plus each row's adapter spans.
 *
 * @param tokens the decoder batch {@code [B, T]}
 * @param spans per row, the adapter spans (offsets within the row)
 * @param mrope M-RoPE positions {@code [3][B][T]} when some row holds a vision span, else null
 */
public record MultimodalBatch(TrainBatch tokens, List<List<AdapterSpan>> spans, long[][][] mrope) {
  public MultimodalBatch {
    requireNonNull(tokens, "tokens is null");
    spans = requireNonNull(spans, "spans is null").stream().map(List::copyOf).toList();
    if (spans.size() != tokens.batchSize()) {
      throw new IllegalArgumentException(spans.size() + " span lists for " + tokens.batchSize() + " rows");
    }
  }

  /** Whether any row holds an adapter span. */
  public boolean hasSpans() {
    return spans.stream().anyMatch(l -> !l.isEmpty());
  }
}
