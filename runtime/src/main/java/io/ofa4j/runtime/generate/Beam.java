package io.ofa4j.runtime.generate;

import java.util.Arrays;

/**
 * One running beam: its context (prompt, prefix, output), output, per-token log-probabilities,
 * constraint state, cumulative score and session row. Immutable once built: extending copies.
 */
final class Beam {
  final TokenSequence context;
  final TokenSequence output;
  final DecodingConstraint.State state;
  final double score;
  final int row;
  private final float[] tokenScores;

  private Beam(TokenSequence context, TokenSequence output, DecodingConstraint.State state,
      double score, int row, float[] tokenScores) {
    this.context = context;
    this.output = output;
    this.state = state;
    this.score = score;
    this.row = row;
    this.tokenScores = tokenScores;
  }

  /** A beam before the first step; only beam 0 of a prompt is alive (HF uses -1e9). */
  static Beam start(int[] prefill, DecodingConstraint.State state, boolean alive, int row) {
    return new Beam(new TokenSequence(prefill), new TokenSequence(new int[0]), state,
        alive ? 0 : Double.NEGATIVE_INFINITY, row, new float[0]);
  }

  Beam extend(int token, double logprob, double newScore) {
    TokenSequence c = context.copy();
    c.add(token);
    TokenSequence o = output.copy();
    o.add(token);
    float[] s = Arrays.copyOf(tokenScores, tokenScores.length + 1);
    s[tokenScores.length] = (float) logprob;
    return new Beam(c, o, state.advance(token), newScore, row, s);
  }

  /** This beam at {@code newRow} of the session. */
  Beam movedTo(int newRow) {
    return new Beam(context, output, state, score, newRow, tokenScores);
  }

  /** A copy that never wins (score -inf), filling a beam slot. */
  Beam dead() {
    return new Beam(context, output, state, Double.NEGATIVE_INFINITY, row, tokenScores);
  }

  float[] scores() {
    return tokenScores.clone();
  }
}
