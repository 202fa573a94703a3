package io.ofa4j.runtime.multitask.text;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.multitask.Evaluator;
import io.ofa4j.runtime.multitask.PrimaryMetric;
import io.ofa4j.runtime.train.Qwen2TrainingGraph;
import io.ofa4j.runtime.train.TrainBatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Validation of causal-LM tasks: mean next-token cross-entropy ({@code loss}, the primary metric,
 * lower is better), {@code perplexity = exp(loss)} and greedy {@code token_accuracy}, over each
 * task's validation sequences in fixed batches.
 */
public final class TextEvaluator implements Evaluator {
  /** Primary metric of every text task. */
  public static final PrimaryMetric PRIMARY = new PrimaryMetric("loss", false);

  private final Qwen2TrainingGraph graph;
  private final Map<String, List<int[]>> validation;
  private final int padId;
  private final int batchSize;

  /**
   * @param graph the model
   * @param validation task -> validation sequences
   * @param padId padding id
   * @param batchSize sequences per forward pass
   */
  public TextEvaluator(Qwen2TrainingGraph graph, Map<String, List<int[]>> validation, int padId, int batchSize) {
    this.graph = requireNonNull(graph, "graph is null");
    this.validation = Map.copyOf(requireNonNull(validation, "validation is null"));
    if (batchSize <= 0) {
      throw new IllegalArgumentException("batchSize (" + batchSize + ") must be > 0");
    }
    this.padId = padId;
    this.batchSize = batchSize;
  }

  @Override
  public Map<String, Double> evaluate(String task) {
    List<int[]> seqs = validation.get(task);
    if (seqs == null || seqs.isEmpty()) {
      throw new IllegalArgumentException("no validation sequences for task '" + task + "'; tasks: "
          + validation.keySet());
    }
    double nll = 0;
    long correct = 0;
    long count = 0;
    for (int start = 0; start < seqs.size(); start += batchSize) {
      TrainBatch batch = TrainBatch.causalLm(seqs.subList(start, Math.min(seqs.size(), start + batchSize)), padId);
      INDArray logits = graph.logits(batch); // [B, T, V]
      int vocab = (int) logits.size(2);
      int seqLen = batch.seqLen();
      double[] flat = logits.reshape(-1).toDoubleVector(); // one copy instead of B*T*V JNI reads
      for (int b = 0; b < batch.batchSize(); b++) {
        for (int t = 0; t < seqLen; t++) {
          int label = batch.labels()[b][t];
          if (label == TrainBatch.IGNORE_INDEX || batch.lossMask()[b][t] == 0f) {
            continue;
          }
          int row = (b * seqLen + t) * vocab;
          double max = Double.NEGATIVE_INFINITY;
          int argmax = 0;
          for (int v = 0; v < vocab; v++) {
            if (flat[row + v] > max) {
              max = flat[row + v];
              argmax = v;
            }
          }
          double sum = 0;
          for (int v = 0; v < vocab; v++) {
            sum += Math.exp(flat[row + v] - max);
          }
          nll += max + Math.log(sum) - flat[row + label]; // -log softmax[label]
          correct += argmax == label ? 1 : 0;
          count++;
        }
      }
    }
    double loss = nll / count;
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("loss", loss);
    out.put("perplexity", Math.exp(loss));
    out.put("token_accuracy", (double) correct / count);
    return out;
  }

  @Override
  public PrimaryMetric primaryMetric(String task) {
    return PRIMARY;
  }
}
