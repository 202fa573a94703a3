package io.ofa4j.planner.spi;

/** How the target of a plan is produced at inference. */
public enum GeneratorKind {
  /** Free text decoding up to {@code max_length} tokens. */
  FREE_TEXT,
  /** Decoding constrained to a label list (a trie over the labels' token sequences). */
  CLOSED_SET,
  /** Exactly four {@code <bin_i>} location tokens per box. */
  LOCATION_TOKENS,
  /** The body of a repeat group, produced zero or more times until the end token. */
  REPEATED,
  /** Several generated target slots, one after the other. */
  SEQUENCE,
  /** Planned only: the modality's generation (image codes, speech, motion) is not implemented. */
  PLANNED_ONLY
}
