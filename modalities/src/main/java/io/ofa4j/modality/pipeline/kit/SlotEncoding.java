package io.ofa4j.modality.pipeline.kit;

import static java.util.Objects.requireNonNull;

/** How one slot value enters the sequence: as tokens or as an adapter span. */
public sealed interface SlotEncoding {

  /**
   * Ordinary token ids (text, location bins, linearised tables, phones).
   *
   * @param ids the ids written into the sequence; for a target slot also its labels
   */
  record Tokens(int[] ids) implements SlotEncoding {
    public Tokens {
      ids = requireNonNull(ids, "ids is null").clone();
    }
  }

  /**
   * An adapter span: {@code features.tokens()} placeholder ids whose embeddings the adapter
   * replaces.
   *
   * @param placeholderId id written at each span position (e.g. {@code <|image_pad|>})
   * @param features the adapter input
   */
  record Span(int placeholderId, SpanFeatures features) implements SlotEncoding {
    public Span {
      requireNonNull(features, "features is null");
    }
  }
}
