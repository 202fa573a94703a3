package io.ofa4j.task.metric;

import java.util.List;

/**
 * An evaluation metric over paired predictions and references.
 *
 * <p>Implementations never throw on empty inputs: an empty prediction list, an empty reference list,
 * a length mismatch or an example without any reference is reported in {@link
 * MetricResult#problems()} and the score is computed over what remains (0 when nothing remains).
 *
 * @param <P> the type of one prediction (for example a decoded string or a box)
 * @param <R> the type of the reference(s) of one example
 */
public interface Metric<P, R> {

  /** Stable metric name as written in task presets, for example {@code bleu} or {@code cider}. */
  String name();

  /** Whether a larger score is better (false for error rates such as WER). */
  boolean higherIsBetter();

  /**
   * Scores the predictions against the references, pairing them by index.
   *
   * @param predictions one prediction per example
   * @param references the reference(s) of each example, in the same order
   * @return the score, the number of examples scored, named sub-scores and reported problems
   */
  MetricResult compute(List<? extends P> predictions, List<? extends R> references);
}
