package io.ofa4j.runtime.multitask.text;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.multitask.StepFunction;
import io.ofa4j.runtime.multitask.StepOutcome;
import io.ofa4j.runtime.multitask.TaggedBatch;
import io.ofa4j.runtime.train.AdamW;
import io.ofa4j.runtime.train.GradientAccumulator;
import io.ofa4j.runtime.train.GradientClipping;
import io.ofa4j.runtime.train.LossAndGradients;
import io.ofa4j.runtime.train.ParameterGroups;
import io.ofa4j.runtime.train.Qwen2TrainingGraph;
import io.ofa4j.runtime.train.TrainBatch;
import io.ofa4j.runtime.train.Trainer;
import io.ofa4j.runtime.train.TrainerConfig;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The multi-task step over {@link TrainBatch}es. It is {@link Trainer#step(List)} with a per-task
 * breakdown: the same trainable keys, token-normalised accumulation, clipping, non-finite check
 * and AdamW update (decay groups as the {@code Trainer} builds them), but it keeps each
 * micro-batch's loss so that every task's mean loss is reported, and scales each micro-batch's
 * gradient by its task's loss weight. ({@code Trainer.step} returns only the total, and wrapping a
 * {@code Trainer} would hold a second, unused set of gradient buffers.)
 */
public final class TextStepFunction implements StepFunction<TrainBatch> {
  private static final Logger LOG = LoggerFactory.getLogger(TextStepFunction.class);

  private final Qwen2TrainingGraph graph;
  private final TrainerConfig config;
  private final List<String> trainable;
  private final GradientAccumulator accumulator;
  private final AdamW optimizer;
  private long stepsSinceGc;

  /** A step over {@code graph}'s parameters with {@code config}'s optimizer, clipping and groups. */
  public TextStepFunction(Qwen2TrainingGraph graph, TrainerConfig config) {
    this.graph = requireNonNull(graph, "graph is null");
    this.config = requireNonNull(config, "config is null");
    Map<String, INDArray> params = new LinkedHashMap<>();
    graph.store().asMap().forEach((k, v) -> {
      if (config.groups().isTrainable(k)) {
        params.put(k, v);
      }
    });
    if (params.isEmpty()) {
      throw new IllegalArgumentException("no parameter is trainable under " + config.groups()
          + "; keys: " + graph.store().keys());
    }
    this.trainable = List.copyOf(params.keySet());
    this.accumulator = new GradientAccumulator(params);
    this.optimizer = new AdamW(config.adamW(), params, k -> ParameterGroups.decays(k, params.get(k)));
  }

  /** The optimizer (its state goes into checkpoints). */
  public AdamW optimizer() {
    return optimizer;
  }

  /** Keys this step updates. */
  public List<String> trainableKeys() {
    return trainable;
  }

  @Override
  public StepOutcome step(List<TaggedBatch<TrainBatch>> microBatches) {
    requireNonNull(microBatches, "microBatches is null");
    if (microBatches.isEmpty()) {
      throw new IllegalArgumentException("a step needs at least one micro-batch");
    }
    long tokens = microBatches.stream().mapToLong(b -> b.batch().lossTokenCount()).sum();
    if (tokens == 0) {
      throw new IllegalArgumentException("no token carries loss in this step's "
          + microBatches.size() + " micro-batches");
    }
    accumulator.reset();
    Map<String, Double> lossSum = new LinkedHashMap<>();
    Map<String, Long> taskTokens = new LinkedHashMap<>();
    double weighted = 0;
    for (TaggedBatch<TrainBatch> tb : microBatches) {
      LossAndGradients r = graph.lossAndGradients(tb.batch(), tokens, trainable, false);
      // r.loss() = this batch's summed token loss / step tokens
      lossSum.merge(tb.task(), r.loss() * tokens, Double::sum);
      taskTokens.merge(tb.task(), tb.batch().lossTokenCount(), Long::sum);
      weighted += tb.lossWeight() * r.loss();
      accumulator.add(tb.lossWeight() == 1.0 ? r.gradients() : scaled(r.gradients(), tb.lossWeight()));
    }
    Map<String, Double> taskLoss = new LinkedHashMap<>();
    boolean finiteTasks = true;
    for (Map.Entry<String, Double> e : lossSum.entrySet()) {
      long n = taskTokens.get(e.getKey());
      double mean = n == 0 ? 0 : e.getValue() / n;
      finiteTasks &= Double.isFinite(mean);
      taskLoss.put(e.getKey(), mean);
    }
    double norm = GradientClipping.clip(accumulator.gradients().values(), config.maxGradNorm());
    StepOutcome outcome;
    if (!finiteTasks || !Double.isFinite(weighted) || !Double.isFinite(norm)) {
      LOG.warn("non-finite step skipped after {} updates: losses {}, gradient norm {}",
          optimizer.stepCount(), taskLoss, norm);
      outcome = new StepOutcome(taskLoss, taskTokens, weighted, norm, 0, true);
    } else {
      double lr = config.schedule().at(optimizer.stepCount());
      optimizer.step(accumulator.gradients(), lr);
      outcome = new StepOutcome(taskLoss, taskTokens, weighted, norm, lr, false);
    }
    if (config.gcEvery() > 0 && ++stepsSinceGc >= config.gcEvery()) {
      stepsSinceGc = 0;
      System.gc();
    }
    return outcome;
  }

  private static Map<String, INDArray> scaled(Map<String, INDArray> grads, double w) {
    Map<String, INDArray> out = new HashMap<>();
    grads.forEach((k, g) -> out.put(k, g.mul(w)));
    return out;
  }
}
