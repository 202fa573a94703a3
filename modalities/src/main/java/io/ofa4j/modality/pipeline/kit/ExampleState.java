package io.ofa4j.modality.pipeline.kit;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.box.ImageResize;

/**
 * What one example's slots tell each other while it is encoded: the image geometry a box slot
 * quantises against, and where the example came from (for error messages).
 */
public final class ExampleState {
  private final String origin;
  private ImageResize image;
  private boolean spaceBefore;

  /** State of the example read from {@code origin}. */
  public ExampleState(String origin) {
    this.origin = requireNonNull(origin, "origin is null");
  }

  /** {@code file:line} or {@code file#record} of the example. */
  public String origin() {
    return origin;
  }

  /** Records the geometry of the example's image (the latest one wins). */
  public void image(ImageResize resize) {
    this.image = requireNonNull(resize, "resize is null");
  }

  /** The image geometry, or {@code null} when no image slot came first. */
  public ImageResize image() {
    return image;
  }

  /** Tells text kits whether their text follows other text of the same side (joined by a space). */
  public void spaceBefore(boolean value) {
    this.spaceBefore = value;
  }

  /**
   * {@code text} with the single joining space when it follows other text: a side's pieces are
   * joined with single spaces (the planner trims them), so BPE sees {@code Ġword} as in one string.
   */
  public String spaced(String text) {
    return spaceBefore && !text.isEmpty() ? " " + text : text;
  }
}
