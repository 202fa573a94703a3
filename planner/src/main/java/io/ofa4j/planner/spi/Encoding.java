package io.ofa4j.planner.spi;

/** How a slot's value enters the decoder sequence. */
public enum Encoding {
  /**
   * As ordinary tokens of the backbone vocabulary (text, location bins, linearised tables): the
   * backbone's own embedding reads them.
   */
  TOKENS,
  /**
   * As a placeholder span whose embeddings the slot's adapter computes (image patches, audio
   * frames, motion frames).
   */
  EMBEDDINGS
}
