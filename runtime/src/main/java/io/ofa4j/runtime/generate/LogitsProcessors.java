package io.ofa4j.runtime.generate;

import java.util.Arrays;
import java.util.List;

/**
 * The logits processors of Hugging Face {@code generate}, in its order: repetition penalty,
 * no-repeat n-gram, min new tokens, then the decoding constraint. They edit one row of scores in
 * place (logits for greedy and sampling, log-probabilities for beam search, as HF does).
 */
final class LogitsProcessors {
  private final GenerationConfig config;

  LogitsProcessors(GenerationConfig config) {
    this.config = config;
  }

  /**
   * @param scores one row, {@code [vocab]}
   * @param context prompt + forced prefix + output so far
   * @param generated output tokens so far (forced prefix excluded)
   * @param state the row's constraint state
   */
  void apply(float[] scores, TokenSequence context, int generated, DecodingConstraint.State state) {
    if (config.repetitionPenalty() != 1.0) {
      repetitionPenalty(scores, context, (float) config.repetitionPenalty());
    }
    if (config.noRepeatNgramSize() > 0) {
      noRepeatNgram(scores, context, config.noRepeatNgramSize());
    }
    // A complete constraint allows only an end, which min_new_tokens must not forbid.
    if (generated < config.minNewTokens() && !state.isComplete()) {
      mask(scores, config.eosTokenIds());
    }
    constrain(scores, state, config.eosTokenIds());
  }

  /**
   * CTRL (Keskar et al. 2019) as HF {@code RepetitionPenaltyLogitsProcessor}: a token already in
   * the context has its score divided by the penalty if positive, multiplied if negative.
   */
  static void repetitionPenalty(float[] scores, TokenSequence context, float penalty) {
    boolean[] seen = new boolean[scores.length];
    for (int i = 0; i < context.size(); i++) {
      int t = context.get(i);
      if (t < scores.length && !seen[t]) {
        seen[t] = true;
        scores[t] = scores[t] < 0 ? scores[t] * penalty : scores[t] / penalty;
      }
    }
  }

  /**
   * HF {@code NoRepeatNGramLogitsProcessor}: bans every token that would complete an n-gram
   * already present in the context.
   */
  static void noRepeatNgram(float[] scores, TokenSequence context, int n) {
    int len = context.size();
    if (len + 1 < n) {
      return;
    }
    int prefix = n - 1;
    for (int start = 0; start + n <= len; start++) {
      boolean match = true;
      for (int j = 0; j < prefix && match; j++) {
        match = context.get(start + j) == context.get(len - prefix + j);
      }
      int banned = context.get(start + prefix);
      if (match && banned < scores.length) {
        scores[banned] = Float.NEGATIVE_INFINITY;
      }
    }
  }

  /** Keeps only the constraint's tokens, plus the end ids where the constraint may end. */
  static void constrain(float[] scores, DecodingConstraint.State state, List<Integer> eos) {
    int[] allowed = state.allowedTokens();
    if (allowed == null) {
      if (!state.mayEnd()) {
        mask(scores, eos);
      }
      return;
    }
    float[] kept = scores.clone();
    Arrays.fill(scores, Float.NEGATIVE_INFINITY);
    for (int t : allowed) {
      if (t < scores.length) {
        scores[t] = kept[t];
      }
    }
    if (state.mayEnd()) {
      for (int t : eos) {
        if (t < scores.length) {
          scores[t] = kept[t];
        }
      }
    }
  }

  private static void mask(float[] scores, List<Integer> ids) {
    for (int t : ids) {
      if (t < scores.length) {
        scores[t] = Float.NEGATIVE_INFINITY;
      }
    }
  }
}
