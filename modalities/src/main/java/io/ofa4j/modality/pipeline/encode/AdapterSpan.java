package io.ofa4j.modality.pipeline.encode;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.kit.SpanFeatures;

/**
 * A placeholder span of an encoded sequence whose embeddings an adapter computes.
 *
 * @param offset index of the first placeholder token
 * @param slot name of the slot the span encodes
 * @param modality the slot's modality (selects the kit)
 * @param features the adapter input; {@code features.tokens()} is the span length
 */
public record AdapterSpan(int offset, String slot, String modality, SpanFeatures features) {
  public AdapterSpan {
    requireNonNull(slot, "slot is null");
    requireNonNull(modality, "modality is null");
    requireNonNull(features, "features is null");
    if (offset < 0) {
      throw new IllegalArgumentException("span offset (" + offset + ") must be >= 0");
    }
  }

  /** Number of positions the span covers. */
  public int length() {
    return features.tokens();
  }
}
