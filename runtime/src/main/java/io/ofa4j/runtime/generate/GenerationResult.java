package io.ofa4j.runtime.generate;

import static java.util.Objects.requireNonNull;

/**
 * One prompt's output.
 *
 * @param tokenIds output ids: the forced prefix if kept, the generated ids, and the
 *     end-of-sequence id when {@code finishReason} is {@link FinishReason#EOS}
 * @param text the decoded output (special tokens skipped), or null when the generator has no
 *     tokenizer
 * @param finishReason why the row stopped
 * @param tokenScores per generated token (forced prefix excluded) the log-probability of the
 *     chosen token under the distribution it was chosen from (after processors, and warpers when
 *     sampling)
 * @param score sum of {@code tokenScores} for greedy and sampling; the length-normalised
 *     hypothesis score {@code sum logprob / length^length_penalty} for beam search
 */
public record GenerationResult(
    int[] tokenIds, String text, FinishReason finishReason, float[] tokenScores, double score) {

  public GenerationResult {
    tokenIds = requireNonNull(tokenIds, "tokenIds is null").clone();
    requireNonNull(finishReason, "finishReason is null");
    tokenScores = requireNonNull(tokenScores, "tokenScores is null").clone();
  }

  /** Number of output ids. */
  public int length() {
    return tokenIds.length;
  }
}
