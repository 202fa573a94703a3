package io.ofa4j.modality.pipeline.predict;

import static java.util.Objects.requireNonNull;

/**
 * A typed prediction.
 *
 * @param value the post-processed value: {@code String} (text, label), {@code BoundingBox} in
 *     original-image pixels, or a {@code List<DetectedObject>}
 * @param tokenIds the generated ids (forced prefix and end token excluded)
 * @param text the generated ids as text, special tokens kept
 */
public record Prediction(Object value, int[] tokenIds, String text) {
  public Prediction {
    requireNonNull(value, "value is null");
    tokenIds = requireNonNull(tokenIds, "tokenIds is null").clone();
    requireNonNull(text, "text is null");
  }
}
