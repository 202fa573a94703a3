package io.ofa4j.planner.spi;

/** How a slot contributes to the training loss. */
public enum LossRule {
  /** No loss: source slots, target-side plain text and {@code no_loss} slots (forced prefix). */
  NONE,
  /** Token cross-entropy over the whole vocabulary (free text, location tokens). */
  TOKEN_CE,
  /** Cross-entropy restricted to the label set of a {@code closed_set} slot. */
  CLOSED_SET_CE,
  /** A modality-specific loss computed by the slot's output head (codes, frames, diffusion). */
  MODALITY_LOSS
}
