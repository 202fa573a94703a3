package io.ofa4j.runtime.generate;

/** Why a row of a generation stopped. */
public enum FinishReason {
  /** An end-of-sequence token was generated (it is the last output token). */
  EOS,
  /** {@code max_new_tokens} were generated. */
  MAX_NEW_TOKENS,
  /** The decoded text came to contain one of the stop strings. */
  STOP_STRING,
  /** The decoding constraint was complete and no end-of-sequence id was configured. */
  CONSTRAINT
}
