package io.ofa4j.runtime.generate;

/**
 * Incremental decoding state (the KV cache) of a {@link CausalLanguageModel} for a batch of rows.
 * Rows may have prompts of different lengths: each row keeps its own position.
 */
public interface DecoderSession extends AutoCloseable {

  /**
   * Feeds {@code tokens[b]} to row {@code b} (a whole prompt at prefill, one token per step
   * after that; an empty array leaves a row unchanged) and returns, for every row, the logits
   * after its last token: {@code [batch][vocabSize]}. A row given no tokens returns the logits
   * it returned last time.
   */
  float[][] append(int[][] tokens);

  /**
   * Rearranges rows: new row {@code i} becomes a copy of old row {@code rows[i]} (beam search
   * keeps the best hypotheses, possibly duplicating one). The batch size may change.
   */
  void reorder(int[] rows);

  /** Number of rows. */
  int batch();

  /** Tokens held so far in row {@code row}. */
  int length(int row);

  /** Releases the cache. */
  @Override
  void close();
}
