package io.ofa4j.runtime.train;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One optimizer step over micro-batches: forward/backward each (gradients summed, the loss
 * normalised by the token count of the whole step), global-norm clipping, a non-finite check,
 * then AdamW with the scheduled learning rate. Frozen parameters get no gradient at all (they
 * are left out of the backward pass).
 */
public final class Trainer {
  private static final Logger log = LoggerFactory.getLogger(Trainer.class);

  private final Qwen2TrainingGraph graph;
  private final TrainerConfig config;
  private final List<String> trainable;
  private final GradientAccumulator accumulator;
  private final AdamW optimizer;
  private long stepsSinceGc;

  /** A trainer over {@code graph}'s parameter store. */
  public Trainer(Qwen2TrainingGraph graph, TrainerConfig config) {
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

  /** Keys that this trainer updates. */
  public List<String> trainableKeys() {
    return trainable;
  }

  /** The optimizer (for its checkpoint state). */
  public AdamW optimizer() {
    return optimizer;
  }

  /** The summed gradients of the last step (after clipping). */
  public Map<String, INDArray> lastGradients() {
    return accumulator.gradients();
  }

  /** One optimizer step; the micro-batches together form the step's batch. */
  public StepResult step(List<TrainBatch> microBatches) {
    requireNonNull(microBatches, "microBatches is null");
    double[] ones = new double[microBatches.size()];
    Arrays.fill(ones, 1.0);
    return step(microBatches, ones).total();
  }

  /**
   * One optimizer step in which micro-batch {@code i}'s loss and gradient are scaled by
   * {@code lossWeights[i]} (the multi-task loop's per-task weights). The step is skipped when any
   * micro-batch loss, the weighted loss or the gradient norm is not finite.
   */
  public WeightedStepResult step(List<TrainBatch> microBatches, double[] lossWeights) {
    requireNonNull(microBatches, "microBatches is null");
    requireNonNull(lossWeights, "lossWeights is null");
    if (microBatches.isEmpty()) {
      throw new IllegalArgumentException("a step needs at least one micro-batch");
    }
    if (lossWeights.length != microBatches.size()) {
      throw new IllegalArgumentException("lossWeights has " + lossWeights.length
          + " entries for " + microBatches.size() + " micro-batches");
    }
    long tokens = microBatches.stream().mapToLong(TrainBatch::lossTokenCount).sum();
    if (tokens == 0) {
      throw new IllegalArgumentException("no token carries loss in this step's "
          + microBatches.size() + " micro-batches");
    }
    accumulator.reset();
    List<Double> microLosses = new ArrayList<>(microBatches.size());
    boolean finiteParts = true;
    double loss = 0;
    for (int i = 0; i < microBatches.size(); i++) {
      LossAndGradients r = graph.lossAndGradients(microBatches.get(i), tokens, trainable, false);
      // r.loss() = this batch's summed token loss / step tokens
      double w = lossWeights[i];
      microLosses.add(r.loss());
      finiteParts &= Double.isFinite(r.loss());
      loss += w * r.loss();
      accumulator.add(w == 1.0 ? r.gradients() : scaled(r.gradients(), w));
    }
    double norm = GradientClipping.clip(accumulator.gradients().values(), config.maxGradNorm());
    StepResult result;
    if (!finiteParts || !Double.isFinite(loss) || !Double.isFinite(norm)) {
      log.warn("non-finite step skipped at step {}: loss {}, micro-batch losses {}, gradient norm {}",
          optimizer.stepCount(), loss, microLosses, norm);
      result = new StepResult(optimizer.stepCount(), loss, norm, 0, tokens, true);
    } else {
      double lr = config.schedule().at(optimizer.stepCount());
      optimizer.step(accumulator.gradients(), lr);
      result = new StepResult(optimizer.stepCount(), loss, norm, lr, tokens, false);
    }
    if (config.gcEvery() > 0 && ++stepsSinceGc >= config.gcEvery()) {
      stepsSinceGc = 0;
      System.gc();
    }
    return new WeightedStepResult(result, microLosses);
  }

  private static Map<String, INDArray> scaled(Map<String, INDArray> grads, double w) {
    Map<String, INDArray> out = new HashMap<>();
    grads.forEach((k, g) -> out.put(k, g.mul(w)));
    return out;
  }

  /** One step on a single batch (no accumulation). */
  public StepResult step(TrainBatch batch) {
    return step(List.of(batch));
  }
}
