package io.ofa4j.modality.pipeline.train;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.encode.MultimodalBatch;
import io.ofa4j.modality.pipeline.kit.KitRegistry;
import io.ofa4j.runtime.multitask.StepOutcome;
import io.ofa4j.runtime.multitask.TaggedBatch;
import io.ofa4j.runtime.train.AdamW;
import io.ofa4j.runtime.train.DecoderEngine;
import io.ofa4j.runtime.train.GradientClipping;
import io.ofa4j.runtime.train.LossAndGradients;
import io.ofa4j.runtime.train.ParameterGroups;
import io.ofa4j.runtime.train.StepResult;
import io.ofa4j.runtime.train.TrainerConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One optimizer step over multimodal micro-batches: adapters embed their spans, the decoder
 * engine (SameDiff graph or fused step, see {@link io.ofa4j.runtime.train.DecoderEngines}) returns
 * its weight gradients and the input-embedding gradient, which flows back into the adapters and
 * the token embedding; then global-norm clipping and AdamW over the trainable keys of the shared
 * store (backbone and adapters; freezing patterns from {@link TrainerConfig#groups()}, e.g.
 * {@code visual\..*|adapters\..*} for Qwen-VL's first stage). A step may further narrow what
 * trains ({@link #stepTagged(List, Predicate)}, the per-stage schedule of a run).
 */
public final class MultimodalTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(MultimodalTrainer.class);

  private final DecoderEngine engine;
  private final TrainerConfig config;
  private final SpanEmbedder embedder;
  private final List<String> trainable;
  private final Set<String> adapterKeys;
  private final AdamW optimizer;
  private final Map<String, INDArray> params = new LinkedHashMap<>();
  /** Step gradient sums, one preallocated buffer per trainable key (a step allocates none). */
  private final Map<String, INDArray> sums = new LinkedHashMap<>();

  /**
   * @param engine the decoder over the shared store (adapter weights already added to it); a
   *     {@link io.ofa4j.runtime.train.Qwen2TrainingGraph} or a fused step
   * @param kits the kits whose adapters embed spans
   * @param config optimizer, schedule, clipping and freezing
   */
  public MultimodalTrainer(DecoderEngine engine, KitRegistry kits, TrainerConfig config) {
    this.engine = requireNonNull(engine, "engine is null");
    this.config = requireNonNull(config, "config is null");
    this.embedder = new SpanEmbedder(kits, engine.store());
    engine.store().asMap().forEach((k, v) -> {
      if (config.groups().isTrainable(k)) {
        params.put(k, v);
        sums.put(k, Nd4j.zerosLike(v));
      }
    });
    if (params.isEmpty()) {
      throw new IllegalArgumentException("no parameter is trainable under " + config.groups());
    }
    this.trainable = List.copyOf(params.keySet());
    this.adapterKeys = Set.copyOf(embedder.adapterKeys(trainable));
    this.optimizer = new AdamW(config.adamW(), params, k -> ParameterGroups.decays(k, params.get(k)));
  }

  /** Keys this trainer updates (in some stage). */
  public List<String> trainableKeys() {
    return trainable;
  }

  /** The optimizer (for checkpoints). */
  public AdamW optimizer() {
    return optimizer;
  }

  /** The decoder engine computing the backbone gradients. */
  public DecoderEngine engine() {
    return engine;
  }

  /**
   * Loss and gradients of one micro-batch (every trainable key present, zeros where unused; the
   * arrays are the caller's own).
   *
   * @param normalizer loss tokens over the whole step
   */
  public LossAndGradients gradients(MultimodalBatch batch, double normalizer) {
    LossAndGradients r = compute(batch, normalizer, trainable);
    Map<String, INDArray> grads = new HashMap<>();
    for (String k : trainable) {
      INDArray g = r.gradients().get(k);
      grads.put(k, g == null ? params.get(k).like().assign(0) : g.dup());
    }
    return new LossAndGradients(r.loss(), grads, r.inputsEmbedsGradient());
  }

  /**
   * Gradients of the {@code active} keys only (absent where a batch does not use an adapter);
   * backbone arrays may be engine buffers, valid until the next engine call.
   */
  private LossAndGradients compute(MultimodalBatch batch, double normalizer, List<String> active) {
    INDArray embeds = embedder.embed(batch); // [B, T, H]
    List<String> backboneWrt = active.stream().filter(k -> !adapterKeys.contains(k)).toList();
    LossAndGradients r = engine.lossAndGradients(batch.tokens().withInputsEmbeds(embeds), normalizer,
        backboneWrt, true, mrope(batch));
    Map<String, INDArray> grads = new HashMap<>(r.gradients());
    embedder.backward(batch, r.inputsEmbedsGradient(), active, grads);
    return new LossAndGradients(r.loss(), grads, r.inputsEmbedsGradient());
  }

  /**
   * The batch's M-RoPE positions when it holds a vision span and the config declares {@code
   * rope_scaling.mrope_section} (Qwen2-VL); otherwise {@code null}: 1-D positions, as text-only
   * batches always use.
   */
  long[][][] mrope(MultimodalBatch batch) {
    return batch.mrope() != null && engine.config().ropeScaling().containsKey("mrope_section") ? batch.mrope() : null;
  }

  /** The weighted token loss of a batch divided by {@code normalizer} (forward only). */
  public double loss(MultimodalBatch batch, double normalizer) {
    return engine.loss(batch.tokens().withInputsEmbeds(embedder.embed(batch)), normalizer, mrope(batch));
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

  /** {@link #stepTagged(List, Predicate)} with every trainable key training. */
  public StepOutcome stepTagged(List<TaggedBatch<MultimodalBatch>> microBatches) {
    return stepTagged(microBatches, key -> true);
  }

  /**
   * One optimizer step over micro-batches of several tasks (the multi-task loop's step): each
   * batch's gradients scaled by its task's loss weight, summed, clipped, then AdamW; nothing is
   * updated when a loss or the gradient is not finite.
   *
   * @param trainableNow which of {@link #trainableKeys()} train in this step (a stage); the others
   *     get no gradient computed, are left out of the clipping norm, and keep their values and
   *     AdamW moments bit for bit
   */
  public StepOutcome stepTagged(List<TaggedBatch<MultimodalBatch>> microBatches, Predicate<String> trainableNow) {
    requireNonNull(microBatches, "microBatches is null");
    requireNonNull(trainableNow, "trainableNow is null");
    if (microBatches.isEmpty()) {
      throw new IllegalArgumentException("a step needs at least one micro-batch");
    }
    long tokens = microBatches.stream().mapToLong(b -> b.batch().tokens().lossTokenCount()).sum();
    if (tokens == 0) {
      throw new IllegalArgumentException("no token carries loss in this step's " + microBatches.size()
          + " micro-batches (tasks " + microBatches.stream().map(TaggedBatch::task).distinct().toList() + ")");
    }
    List<String> active = trainable.stream().filter(trainableNow).toList();
    Set<String> started = new HashSet<>();
    Map<String, Double> lossSum = new LinkedHashMap<>();
    Map<String, Long> taskTokens = new LinkedHashMap<>();
    double weighted = 0;
    for (TaggedBatch<MultimodalBatch> tb : microBatches) {
      LossAndGradients r = compute(tb.batch(), tokens, active); // loss = summed token loss / step tokens
      lossSum.merge(tb.task(), r.loss() * tokens, Double::sum);
      taskTokens.merge(tb.task(), tb.batch().tokens().lossTokenCount(), Long::sum);
      weighted += tb.lossWeight() * r.loss();
      accumulate(active, r.gradients(), tb.lossWeight(), started);
    }
    for (String k : active) {
      if (started.add(k)) {
        sums.get(k).assign(0); // no micro-batch used this adapter
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
    List<INDArray> activeSums = active.stream().map(sums::get).toList();
    double norm = GradientClipping.clip(activeSums, config.maxGradNorm());
    if (!finite || !Double.isFinite(norm)) {
      LOG.warn("non-finite step skipped at step {}: losses {}, gradient norm {}", optimizer.stepCount(), taskLoss, norm);
      return new StepOutcome(taskLoss, taskTokens, weighted, norm, 0, true);
    }
    double lr = config.schedule().at(optimizer.stepCount());
    optimizer.step(sums, lr, started::contains);
    return new StepOutcome(taskLoss, taskTokens, weighted, norm, lr, false);
  }

  /** sums[k] (+)= w * grads[k] for the active keys a micro-batch produced. */
  private void accumulate(List<String> active, Map<String, INDArray> grads, double w, Set<String> started) {
    for (String k : active) {
      INDArray g = grads.get(k);
      if (g == null) {
        continue;
      }
      INDArray acc = sums.get(k);
      if (started.add(k)) {
        acc.assign(g);
        if (w != 1.0) {
          acc.muli(w);
        }
      } else {
        acc.addi(w == 1.0 ? g : g.mul(w));
      }
    }
  }
}
