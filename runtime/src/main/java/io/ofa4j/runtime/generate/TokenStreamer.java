package io.ofa4j.runtime.generate;

/**
 * Receives output tokens as they are chosen, in order per row. Greedy and sampling call it once
 * per step; beam search, whose best hypothesis is known only at the end, replays the winning
 * hypothesis's tokens when a prompt finishes.
 */
@FunctionalInterface
public interface TokenStreamer {

  /** Ignores everything. */
  TokenStreamer NONE = (row, token, text) -> { };

  /**
   * One output token.
   *
   * @param row index of the prompt in the request
   * @param token the token id (forced-prefix tokens too, when they are kept)
   * @param text text completed by this token (special tokens skipped); empty while a multi-byte
   *     character is incomplete; null when the generator has no tokenizer
   */
  void onToken(int row, int token, String text);

  /** A row is finished; called once per row, after its last {@link #onToken}. */
  default void onFinish(int row, GenerationResult result) {}
}
