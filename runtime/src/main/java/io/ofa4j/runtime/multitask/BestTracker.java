package io.ofa4j.runtime.multitask;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;

/**
 * Tracks the best evaluation per task and overall.
 *
 * <p>Overall rule: each task's primary metric {@code v} is normalised against its baseline
 * {@code b} (the {@link Evaluator#baseline} if given, else the run's first evaluation) as the
 * relative improvement {@code s = (v - b) / max(|b|, 1e-3)}, negated for lower-is-better metrics,
 * so 0 means "as good as the baseline" whatever the metric's scale; the overall score is the mean
 * of {@code s} over tasks, higher is better. A non-finite metric scores {@code -inf}.
 */
public final class BestTracker {
  /** Floor of the normalising denominator, so a zero baseline does not divide by zero. */
  public static final double MIN_SCALE = 1e-3;

  private BestMetrics state;

  /** Starts from a saved state (or {@link BestMetrics#empty()}). */
  public BestTracker(BestMetrics state) {
    this.state = requireNonNull(state, "state is null");
  }

  /** The current state. */
  public BestMetrics state() {
    return state;
  }

  /** Records that the overall best's checkpoint was written as {@code name}. */
  public void overallCheckpoint(String name) {
    state = new BestMetrics(state.baselines(), state.perTask(), state.overall(), name);
  }

  /**
   * Folds in one evaluation of every task.
   *
   * @param step loop step
   * @param metrics task -> metric -> value
   * @param evaluator gives primary metrics and baselines
   * @return whether the overall score improved
   */
  public boolean update(long step, Map<String, Map<String, Double>> metrics, Evaluator evaluator) {
    requireNonNull(metrics, "metrics is null");
    requireNonNull(evaluator, "evaluator is null");
    Map<String, Double> baselines = new HashMap<>(state.baselines());
    Map<String, BestMetrics.Best> perTask = new HashMap<>(state.perTask());
    double sum = 0;
    for (Map.Entry<String, Map<String, Double>> e : metrics.entrySet()) {
      String task = e.getKey();
      PrimaryMetric primary = evaluator.primaryMetric(task);
      Double v = e.getValue().get(primary.name());
      if (v == null) {
        throw new IllegalStateException("evaluation of task '" + task + "' lacks its primary metric '"
            + primary.name() + "'; it returned " + e.getValue().keySet());
      }
      if (!baselines.containsKey(task)) {
        baselines.put(task, evaluator.baseline(task).orElse(v));
      }
      BestMetrics.Best best = perTask.get(task);
      if (Double.isFinite(v) && (best == null || better(v, best.value(), primary.higherIsBetter()))) {
        perTask.put(task, new BestMetrics.Best(step, v));
      }
      sum += score(v, baselines.get(task), primary.higherIsBetter());
    }
    double overall = metrics.isEmpty() ? Double.NEGATIVE_INFINITY : sum / metrics.size();
    BestMetrics.Best previous = state.overall();
    boolean improved = Double.isFinite(overall) && (previous == null || overall > previous.value());
    state = new BestMetrics(baselines, perTask,
        improved ? new BestMetrics.Best(step, overall) : previous, state.overallCheckpoint());
    return improved;
  }

  /** The normalised score of value {@code v} against baseline {@code b} (see the class comment). */
  public static double score(double v, double b, boolean higherIsBetter) {
    if (!Double.isFinite(v)) {
      return Double.NEGATIVE_INFINITY;
    }
    double rel = (v - b) / Math.max(Math.abs(b), MIN_SCALE);
    return higherIsBetter ? rel : -rel;
  }

  private static boolean better(double v, double best, boolean higherIsBetter) {
    return higherIsBetter ? v > best : v < best;
  }
}
