package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.encode.MultimodalBatch;
import io.ofa4j.modality.pipeline.train.MultimodalTrainer;
import io.ofa4j.runtime.multitask.StepFunction;
import io.ofa4j.runtime.multitask.StepOutcome;
import io.ofa4j.runtime.multitask.TaggedBatch;
import io.ofa4j.runtime.train.AdamW;
import io.ofa4j.runtime.train.GradientClipping;
import io.ofa4j.runtime.train.LossAndGradients;
import io.ofa4j.runtime.train.TrainerConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The multi-task step over multimodal micro-batches: {@link MultimodalTrainer#gradients} per
 * micro-batch (adapters and backbone, token-normalised over the whole step), each scaled by its
 * task's loss weight, summed, clipped, checked for NaN/inf and applied by AdamW. A {@link
 * StageSchedule} freezes parameters per stage: their gradients are zeroed and their values put
 * back after the update, so AdamW's weight decay and momentum cannot move them.
 */
public final class MultimodalStepFunction implements StepFunction<MultimodalBatch> {
  private static final Logger LOG = LoggerFactory.getLogger(MultimodalStepFunction.class);

  private final MultimodalTrainer trainer;
  private final TrainerConfig config;
  private final StageSchedule stages;
  private final Map<String, INDArray> params;
  private long stepsSinceGc;

  /**
   * @param trainer gradients and optimizer over the shared store
   * @param config schedule, clipping and GC cadence
   * @param stages which keys train at which step
   * @param params the trainer's trainable parameters by key
   */
  public MultimodalStepFunction(MultimodalTrainer trainer, TrainerConfig config, StageSchedule stages,
      Map<String, INDArray> params) {
    this.trainer = requireNonNull(trainer, "trainer is null");
    this.config = requireNonNull(config, "config is null");
    this.stages = requireNonNull(stages, "stages is null");
    this.params = Map.copyOf(requireNonNull(params, "params is null"));
  }

  /** The optimizer (checkpoints save it). */
  public AdamW optimizer() {
    return trainer.optimizer();
  }

  @Override
  public StepOutcome step(List<TaggedBatch<MultimodalBatch>> microBatches) {
    requireNonNull(microBatches, "microBatches is null");
    if (microBatches.isEmpty()) {
      throw new IllegalArgumentException("a step needs at least one micro-batch");
    }
    long tokens = microBatches.stream().mapToLong(b -> b.batch().tokens().lossTokenCount()).sum();
    if (tokens == 0) {
      throw new IllegalArgumentException("no token carries loss in this step's " + microBatches.size()
          + " micro-batches (tasks " + microBatches.stream().map(TaggedBatch::task).distinct().toList() + ")");
    }
    Map<String, INDArray> sum = new HashMap<>();
    Map<String, Double> lossSum = new LinkedHashMap<>();
    Map<String, Long> taskTokens = new LinkedHashMap<>();
    double weighted = 0;
    for (TaggedBatch<MultimodalBatch> tb : microBatches) {
      LossAndGradients r = trainer.gradients(tb.batch(), tokens);
      lossSum.merge(tb.task(), r.loss() * tokens, Double::sum);
      taskTokens.merge(tb.task(), tb.batch().tokens().lossTokenCount(), Long::sum);
      weighted += tb.lossWeight() * r.loss();
      for (Map.Entry<String, INDArray> g : r.gradients().entrySet()) {
        INDArray v = tb.lossWeight() == 1.0 ? g.getValue() : g.getValue().mul(tb.lossWeight());
        sum.merge(g.getKey(), v, INDArray::addi);
      }
    }
    Map<String, Double> taskLoss = new LinkedHashMap<>();
    boolean finite = Double.isFinite(weighted);
    for (Map.Entry<String, Double> e : lossSum.entrySet()) {
      long n = taskTokens.get(e.getKey());
      double mean = n == 0 ? 0 : e.getValue() / n;
      finite &= Double.isFinite(mean);
      taskLoss.put(e.getKey(), mean);
    }
    long step = trainer.optimizer().stepCount();
    List<String> frozen = stages.frozen(step, params.keySet());
    frozen.forEach(k -> sum.get(k).assign(0));
    double norm = GradientClipping.clip(new ArrayList<>(sum.values()), config.maxGradNorm());
    StepOutcome outcome;
    if (!finite || !Double.isFinite(norm)) {
      LOG.warn("non-finite step skipped after {} updates: losses {}, gradient norm {}", step, taskLoss, norm);
      outcome = new StepOutcome(taskLoss, taskTokens, weighted, norm, 0, true);
    } else {
      Map<String, INDArray> keep = new HashMap<>();
      frozen.forEach(k -> keep.put(k, params.get(k).dup()));
      double lr = config.schedule().at(step);
      trainer.optimizer().step(sum, lr);
      keep.forEach((k, v) -> params.get(k).assign(v));
      outcome = new StepOutcome(taskLoss, taskTokens, weighted, norm, lr, false);
    }
    if (config.gcEvery() > 0 && ++stepsSinceGc >= config.gcEvery()) {
      stepsSinceGc = 0;
      System.gc();
    }
    return outcome;
  }
}
