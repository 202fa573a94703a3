package io.ofa4j.modality.pipeline.train;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.encode.MultimodalBatch;
import io.ofa4j.modality.pipeline.kit.KitRegistry;
import io.ofa4j.runtime.multitask.StepOutcome;
import io.ofa4j.runtime.multitask.TaggedBatch;
import io.ofa4j.runtime.train.AdamW;
import io.ofa4j.runtime.train.GradientClipping;
import io.ofa4j.runtime.train.LossAndGradients;
import io.ofa4j.runtime.train.ParameterGroups;
import io.ofa4j.runtime.train.Qwen2TrainingGraph;
import io.ofa4j.runtime.train.StepResult;
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
 * One optimizer step over multimodal micro-batches: adapters embed their spans, the decoder
 * graph returns its weight gradients and the input-embedding gradient, which flows back into the
 * adapters and the token embedding; then global-norm clipping and AdamW over every trainable
 * key of the shared store (backbone and adapters; freezing patterns from {@link
 * TrainerConfig#groups()}, e.g. {@code visual\..*|adapters\..*} for Qwen-VL's first stage).
 */
public final class MultimodalTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(MultimodalTrainer.class);

  private final Qwen2TrainingGraph graph;
  private final TrainerConfig config;
  private final SpanEmbedder embedder;
  private final List<String> trainable;
  private final List<String> backboneWrt;
  private final AdamW optimizer;
  private final Map<String, INDArray> params = new LinkedHashMap<>();

  /**
   * @param graph the decoder over the shared store (adapter weights already added to it)
   * @param kits the kits whose adapters embed spans
   * @param config optimizer, schedule, clipping and freezing
   */
  public MultimodalTrainer(Qwen2TrainingGraph graph, KitRegistry kits, TrainerConfig config) {
    this.graph = requireNonNull(graph, "graph is null");
    this.config = requireNonNull(config, "config is null");
    this.embedder = new SpanEmbedder(kits, graph.store());
    graph.store().asMap().forEach((k, v) -> {
      if (config.groups().isTrainable(k)) {
        params.put(k, v);
      }
    });
    if (params.isEmpty()) {
      throw new IllegalArgumentException("no parameter is trainable under " + config.groups());
    }
    this.trainable = List.copyOf(params.keySet());
    List<String> adapters = embedder.adapterKeys(trainable);
    this.backboneWrt = trainable.stream().filter(k -> !adapters.contains(k)).toList();
    this.optimizer = new AdamW(config.adamW(), params, k -> ParameterGroups.decays(k, params.get(k)));
  }

  /** Keys this trainer updates. */
  public List<String> trainableKeys() {
    return trainable;
  }

  /** The optimizer (for checkpoints). */
  public AdamW optimizer() {
    return optimizer;
  }

  /**
   * Loss and gradients of one micro-batch (every trainable key present, zeros where unused).
   *
   * @param normalizer loss tokens over the whole step
   */
  public LossAndGradients gradients(MultimodalBatch batch, double normalizer) {
    INDArray embeds = embedder.embed(batch); // [B, T, H]
    LossAndGradients r = graph.lossAndGradients(batch.tokens().withInputsEmbeds(embeds), normalizer,
        backboneWrt, true, mrope(batch));
    Map<String, INDArray> grads = new HashMap<>(r.gradients());
    embedder.backward(batch, r.inputsEmbedsGradient(), trainable, grads);
    for (String k : trainable) {
      grads.computeIfAbsent(k, key -> params.get(key).like().assign(0));
    }
    return new LossAndGradients(r.loss(), grads, r.inputsEmbedsGradient());
  }

  /**
   * The batch's M-RoPE positions when it holds a vision span and the config declares {@code
   * rope_scaling.mrope_section} (Qwen2-VL); otherwise {@code null}: 1-D positions, as text-only
   * batches always use.
   */
  long[][][] mrope(MultimodalBatch batch) {
    return batch.mrope() != null && graph.config().ropeScaling().containsKey("mrope_section") ? batch.mrope() : null;
  }

  /** The weighted token loss of a batch divided by {@code normalizer} (forward only). */
  public double loss(MultimodalBatch batch, double normalizer) {
    return graph.loss(batch.tokens().withInputsEmbeds(embedder.embed(batch)), normalizer, mrope(batch));
  }

  /** One optimizer step; the micro-batches together form the step's batch (loss weight 1). */
  public StepResult step(List<MultimodalBatch> microBatches) {
    List<TaggedBatch<MultimodalBatch>> tagged = new ArrayList<>();
    for (MultimodalBatch b : microBatches) {
      tagged.add(new TaggedBatch<>("batch", b, 1.0));
    }
    StepOutcome o = stepTagged(tagged);
    return new StepResult(optimizer.stepCount(), o.loss(), o.gradNorm(), o.learningRate(), o.tokens(), o.nonFinite());
  }

  /**
   * One optimizer step over micro-batches of several tasks (the multi-task loop's step): each
   * batch's gradients scaled by its task's loss weight, summed, clipped, then AdamW; nothing is
   * updated when a loss or the gradient is not finite.
   */
  public StepOutcome stepTagged(List<TaggedBatch<MultimodalBatch>> microBatches) {
    if (microBatches.isEmpty()) {
      throw new IllegalArgumentException("a step needs at least one micro-batch");
    }
    long tokens = microBatches.stream().mapToLong(b -> b.batch().tokens().lossTokenCount()).sum();
    if (tokens == 0) {
      throw new IllegalArgumentException("no token carries loss in " + microBatches.size() + " micro-batches");
    }
    Map<String, INDArray> sum = new HashMap<>();
    Map<String, Double> lossSum = new LinkedHashMap<>();
    Map<String, Long> taskTokens = new LinkedHashMap<>();
    double weighted = 0;
    for (TaggedBatch<MultimodalBatch> tb : microBatches) {
      LossAndGradients r = gradients(tb.batch(), tokens); // loss = summed token loss / step tokens
      lossSum.merge(tb.task(), r.loss() * tokens, Double::sum);
      taskTokens.merge(tb.task(), tb.batch().tokens().lossTokenCount(), Long::sum);
      weighted += tb.lossWeight() * r.loss();
      r.gradients().forEach((k, v) -> sum.merge(k, tb.lossWeight() == 1.0 ? v : v.mul(tb.lossWeight()), INDArray::addi));
    }
    Map<String, Double> taskLoss = new LinkedHashMap<>();
    boolean finite = Double.isFinite(weighted);
    for (Map.Entry<String, Double> e : lossSum.entrySet()) {
      long n = taskTokens.get(e.getKey());
      double mean = n == 0 ? 0 : e.getValue() / n;
      finite &= Double.isFinite(mean);
      taskLoss.put(e.getKey(), mean);
    }
    double norm = GradientClipping.clip(new ArrayList<>(sum.values()), config.maxGradNorm());
    if (!finite || !Double.isFinite(norm)) {
      LOG.warn("non-finite step skipped at step {}: losses {}, gradient norm {}", optimizer.stepCount(), taskLoss, norm);
      return new StepOutcome(taskLoss, taskTokens, weighted, norm, 0, true);
    }
    double lr = config.schedule().at(optimizer.stepCount());
    optimizer.step(sum, lr);
    return new StepOutcome(taskLoss, taskTokens, weighted, norm, lr, false);
  }
}
