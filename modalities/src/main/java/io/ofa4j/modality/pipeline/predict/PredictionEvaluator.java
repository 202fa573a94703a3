package io.ofa4j.modality.pipeline.predict;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.RawExample;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.runtime.multitask.Evaluator;
import io.ofa4j.runtime.multitask.PrimaryMetric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The multi-task loop's {@link Evaluator} by generation: each task's validation examples are
 * predicted with {@link Predictor} and scored by the task's metric function (the tasks module's
 * metrics: CIDEr, accuracy, IoU, mAP, …, which this module cannot see).
 */
public final class PredictionEvaluator implements Evaluator {
  /** Scores predicted values against the examples they came from. */
  @FunctionalInterface
  public interface Metric {
    /** Metric name to value; must contain the task's primary metric. */
    Map<String, Double> score(List<Object> predictions, List<RawExample> examples);
  }

  /**
   * One task's evaluation setup.
   *
   * @param plan the task's plan
   * @param examples validation examples (targets inside, ignored by the predictor)
   * @param options prediction settings (labels of closed sets)
   * @param metric the scoring function
   * @param primary the metric that ranks checkpoints
   * @param baseline a reference value of the primary metric, or null
   */
  public record Task(TaskPlan plan, List<RawExample> examples, PredictOptions options, Metric metric,
      PrimaryMetric primary, Double baseline) {
    public Task {
      requireNonNull(plan, "plan is null");
      examples = List.copyOf(requireNonNull(examples, "examples is null"));
      requireNonNull(options, "options is null");
      requireNonNull(metric, "metric is null");
      requireNonNull(primary, "primary is null");
    }
  }

  private final Predictor predictor;
  private final Map<String, Task> tasks;

  /**
   * @param predictor generation over the live weights
   * @param tasks evaluation setups by task name
   */
  public PredictionEvaluator(Predictor predictor, Map<String, Task> tasks) {
    this.predictor = requireNonNull(predictor, "predictor is null");
    this.tasks = new LinkedHashMap<>(requireNonNull(tasks, "tasks is null"));
  }

  @Override
  public Map<String, Double> evaluate(String task) {
    Task t = task(task);
    List<Object> predictions = new ArrayList<>();
    for (RawExample ex : t.examples()) {
      predictions.add(predictor.predict(t.plan(), ex, t.options()).value());
    }
    Map<String, Double> scores = t.metric().score(predictions, t.examples());
    if (!scores.containsKey(t.primary().name())) {
      throw new IllegalStateException("task '" + task + "': metric function returned " + scores.keySet()
          + ", missing the primary metric '" + t.primary().name() + "'");
    }
    return scores;
  }

  @Override
  public PrimaryMetric primaryMetric(String task) {
    return task(task).primary();
  }

  @Override
  public Optional<Double> baseline(String task) {
    return Optional.ofNullable(task(task).baseline());
  }

  private Task task(String name) {
    Task t = tasks.get(name);
    if (t == null) {
      throw new IllegalArgumentException("no evaluation set up for task '" + name + "'; known: " + tasks.keySet());
    }
    return t;
  }
}
