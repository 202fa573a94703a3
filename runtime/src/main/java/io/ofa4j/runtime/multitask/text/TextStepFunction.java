package io.ofa4j.runtime.multitask.text;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.multitask.StepFunction;
import io.ofa4j.runtime.multitask.StepOutcome;
import io.ofa4j.runtime.multitask.TaggedBatch;
import io.ofa4j.runtime.train.AdamW;
import io.ofa4j.runtime.train.Qwen2TrainingGraph;
import io.ofa4j.runtime.train.StepResult;
import io.ofa4j.runtime.train.TrainBatch;
import io.ofa4j.runtime.train.Trainer;
import io.ofa4j.runtime.train.TrainerConfig;
import io.ofa4j.runtime.train.WeightedStepResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The multi-task step over {@link TrainBatch}es: a {@link Trainer} step with each micro-batch's
 * gradient scaled by its task's loss weight, and the per-micro-batch losses regrouped into every
 * task's mean token loss for reporting.
 */
public final class TextStepFunction implements StepFunction<TrainBatch> {
  private final Trainer trainer;

  /** A step over {@code graph}'s parameters with {@code config}'s optimizer, clipping and groups. */
  public TextStepFunction(Qwen2TrainingGraph graph, TrainerConfig config) {
    this.trainer = new Trainer(graph, config);
  }

  /** The optimizer (its state goes into checkpoints). */
  public AdamW optimizer() {
    return trainer.optimizer();
  }

  /** Keys this step updates. */
  public List<String> trainableKeys() {
    return trainer.trainableKeys();
  }

  @Override
  public StepOutcome step(List<TaggedBatch<TrainBatch>> microBatches) {
    requireNonNull(microBatches, "microBatches is null");
    List<TrainBatch> batches = new ArrayList<>(microBatches.size());
    double[] weights = new double[microBatches.size()];
    for (int i = 0; i < microBatches.size(); i++) {
      batches.add(microBatches.get(i).batch());
      weights[i] = microBatches.get(i).lossWeight();
    }
    WeightedStepResult r = trainer.step(batches, weights);
    StepResult total = r.total();
    Map<String, Double> lossSum = new LinkedHashMap<>();
    Map<String, Long> taskTokens = new LinkedHashMap<>();
    for (int i = 0; i < microBatches.size(); i++) {
      TaggedBatch<TrainBatch> tb = microBatches.get(i);
      lossSum.merge(tb.task(), r.microLosses().get(i) * total.lossTokens(), Double::sum);
      taskTokens.merge(tb.task(), tb.batch().lossTokenCount(), Long::sum);
    }
    Map<String, Double> taskLoss = new LinkedHashMap<>();
    lossSum.forEach((task, sum) -> {
      long n = taskTokens.get(task);
      taskLoss.put(task, n == 0 ? 0 : sum / n);
    });
    return new StepOutcome(taskLoss, taskTokens, total.loss(), total.gradNorm(),
        total.learningRate(), total.nonFinite());
  }
}
