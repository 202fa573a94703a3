package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.RawExample;
import io.ofa4j.modality.pipeline.encode.SequenceBuilder;
import io.ofa4j.modality.pipeline.kit.KitContext;
import io.ofa4j.modality.pipeline.predict.PredictOptions;
import io.ofa4j.modality.pipeline.predict.Prediction;
import io.ofa4j.modality.pipeline.predict.Predictor;
import io.ofa4j.runtime.model.Qwen2Model;
import io.ofa4j.runtime.multitask.Evaluator;
import io.ofa4j.runtime.multitask.PrimaryMetric;
import io.ofa4j.task.metric.Metric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores the live model on each task's validation split: constrained decoding through the
 * {@link Predictor} with the task's {@link Decoding} (greedy, or beam search with the preset's
 * {@code generation} options), the typed prediction converted to the metric's input, every metric of the
 * task whose types fit the references (the primary one always). Also scores each task's trivial
 * baseline once, and keeps the last predictions for the report's gallery.
 */
public final class RunEvaluator implements Evaluator {
  private static final Logger LOG = LoggerFactory.getLogger(RunEvaluator.class);

  private final RunModel model;
  private final Map<String, TaskData> tasks;
  private final Map<String, Metric<?, ?>> metrics;
  private final SequenceBuilder builder;
  private final Map<String, List<Prediction>> lastPredictions = new LinkedHashMap<>();

  /**
   * @param model the live model (its store is read at each evaluation)
   * @param tasks tasks by name
   * @param metrics metrics by name
   * @param context kit context (evaluation turns augmentation off)
   */
  public RunEvaluator(RunModel model, List<TaskData> tasks, Map<String, Metric<?, ?>> metrics, KitContext context) {
    this.model = requireNonNull(model, "model is null");
    this.tasks = new LinkedHashMap<>();
    requireNonNull(tasks, "tasks is null").forEach(t -> this.tasks.put(t.name(), t));
    this.metrics = Map.copyOf(requireNonNull(metrics, "metrics is null"));
    this.builder = new SequenceBuilder(model.kits(), requireNonNull(context, "context is null").withTraining(false));
    for (TaskData t : tasks) {
      metric(t.primaryMetric());
    }
  }

  @Override
  public Map<String, Double> evaluate(String task) {
    TaskData t = task(task);
    if (t.references() == null || t.validation().isEmpty()) {
      LOG.warn("task {}: no validation references to score against ({}); its metrics are n/a", task, t.source());
      return Map.of(t.primaryMetric(), Double.NaN);
    }
    Predictor predictor = predictor();
    List<Prediction> predictions = new ArrayList<>();
    List<Object> inputs = predictAll(predictor, t, t.validation(), predictions);
    lastPredictions.put(task, predictions);
    Map<String, Double> out = new LinkedHashMap<>();
    for (String name : t.metrics()) {
      Double v = score(name, inputs, t.references(), name.equals(t.primaryMetric()));
      if (v != null) {
        out.put(name, v);
      }
    }
    List<String> media = MediaShuffle.mediaSlots(t.plan());
    if (!media.isEmpty() && t.validation().size() > 1) { // the media control, see MediaShuffle
      List<Object> shuffled = predictAll(predictor, t, MediaShuffle.rotate(t.validation(), media), new ArrayList<>());
      out.put(t.primaryMetric() + MediaShuffle.SUFFIX, score(t.primaryMetric(), shuffled, t.references(), true));
    }
    return out;
  }

  /** The metric inputs of predicting {@code examples}; {@code predictions} receives them (null: failed). */
  private List<Object> predictAll(Predictor predictor, TaskData t, List<RawExample> examples,
      List<Prediction> predictions) {
    List<Object> inputs = new ArrayList<>();
    Object like = t.baseline() == null || t.baseline().predictions().isEmpty() ? ""
        : t.baseline().predictions().get(0);
    int failed = 0;
    for (RawExample ex : examples) {
      try {
        Prediction p = predict(predictor, t, ex);
        predictions.add(p);
        inputs.add(PredictionValues.metricInput(p.value()));
      } catch (RuntimeException e) {
        failed++;
        LOG.debug("task {}: prediction of {} failed: {}", t.name(), ex.origin(), e.getMessage());
        predictions.add(null);
        inputs.add(PredictionValues.emptyLike(like));
      }
    }
    if (failed > 0) {
      LOG.warn("task {}: {} of {} predictions failed and count as empty", t.name(), failed, examples.size());
    }
    return inputs;
  }

  @Override
  public PrimaryMetric primaryMetric(String task) {
    TaskData t = task(task);
    return new PrimaryMetric(t.primaryMetric(), metric(t.primaryMetric()).higherIsBetter());
  }

  /** The trivial baseline's value of {@code task}'s primary metric (NaN without one). */
  public double baselineValue(String task) {
    TaskData t = task(task);
    if (t.baseline() == null) {
      return Double.NaN;
    }
    return t.baseline().score(metric(t.primaryMetric())).score();
  }

  /** The predictions of the last evaluation of {@code task} (null where decoding failed). */
  public List<Prediction> lastPredictions(String task) {
    return lastPredictions.getOrDefault(task, List.of());
  }

  /** Predicts one example of {@code task}. */
  public Prediction predict(TaskData task, RawExample example) {
    return predict(predictor(), task, example);
  }

  /** The task named {@code name}. */
  public TaskData task(String name) {
    TaskData t = tasks.get(name);
    if (t == null) {
      throw new IllegalArgumentException("unknown task '" + name + "'; this run has " + tasks.keySet());
    }
    return t;
  }

  /** Tasks in order. */
  public List<TaskData> tasks() {
    return List.copyOf(tasks.values());
  }

  private Prediction predict(Predictor predictor, TaskData t, RawExample ex) {
    PredictOptions options = t.decoding().options(t.closedSet() ? t.labels() : List.of());
    return predictor.predict(t.plan(), ex, options);
  }

  private Predictor predictor() {
    // a fresh eager view of the store: the optimizer updates the weights in place
    return new Predictor(new Qwen2Model(model.config(), model.store()), model.kits(), builder);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Double score(String name, List<Object> predictions, List<?> references, boolean primary) {
    Metric m = metric(name);
    try {
      return m.compute(predictions, references).score();
    } catch (ClassCastException e) {
      if (primary) {
        throw new IllegalStateException("primary metric '" + name + "' does not take these predictions: "
            + e.getMessage(), e);
      }
      return null; // a secondary metric over another reference type (e.g. vqa_score vs accuracy)
    }
  }

  private Metric<?, ?> metric(String name) {
    Metric<?, ?> m = metrics.get(name);
    if (m == null) {
      throw new IllegalArgumentException("metric '" + name + "' is not registered; known: " + metrics.keySet());
    }
    return m;
  }
}
