package io.ofa4j.runtime.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The best finished hypotheses of one prompt, at most {@code numBeams} of them, scored as HF
 * {@code BeamHypotheses}: {@code sum logprob / generatedLength^lengthPenalty}, where the length
 * counts the generated tokens without the end-of-sequence id (at least 1 here, where HF would
 * divide by zero).
 */
final class BeamHypotheses {
  /** A finished hypothesis. */
  record Hypothesis(int[] tokens, float[] tokenScores, double score, FinishReason reason) {}

  private final int numBeams;
  private final double lengthPenalty;
  private final boolean earlyStopping;
  private final List<Hypothesis> kept = new ArrayList<>();

  BeamHypotheses(GenerationConfig config) {
    this.numBeams = config.numBeams();
    this.lengthPenalty = config.lengthPenalty();
    this.earlyStopping = config.earlyStopping();
  }

  /** The length-normalised score of a hypothesis with {@code generated} tokens. */
  double normalise(double sumLogprobs, int generated) {
    return sumLogprobs / Math.pow(Math.max(1, generated), lengthPenalty);
  }

  /** Offers a finished hypothesis; kept if among the {@code numBeams} best. */
  void add(int[] tokens, float[] tokenScores, double sumLogprobs, int generated,
      FinishReason reason) {
    double score = normalise(sumLogprobs, generated);
    if (kept.size() < numBeams || score > worstScore()) {
      kept.add(new Hypothesis(tokens, tokenScores, score, reason));
      kept.sort(Comparator.comparingDouble(Hypothesis::score).reversed());
      if (kept.size() > numBeams) {
        kept.remove(kept.size() - 1);
      }
    }
  }

  /**
   * HF {@code is_done}: enough hypotheses and, unless early stopping, none of the running beams
   * (the best of which has {@code bestSumLogprobs} after {@code generated} tokens) can beat the
   * worst kept one.
   */
  boolean isDone(double bestSumLogprobs, int generated) {
    if (kept.size() < numBeams) {
      return false;
    }
    return earlyStopping || worstScore() >= normalise(bestSumLogprobs, generated);
  }

  boolean isEmpty() {
    return kept.isEmpty();
  }

  Hypothesis best() {
    return kept.get(0);
  }

  private double worstScore() {
    return kept.get(kept.size() - 1).score();
  }
}
