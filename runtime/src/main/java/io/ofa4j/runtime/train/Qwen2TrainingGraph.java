package io.ofa4j.runtime.train;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.weights.ParameterStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The trainable Qwen2 decoder: a SameDiff graph per {@code [B, T]} shape (built on first use,
 * a few kept) over the {@link ParameterStore} arrays, plus the embedding lookup outside the
 * graph. Updating a store array in place (the optimizer does) is seen by every graph and by the
 * eager generator; replacing an array object in the store is not: call {@link #invalidate()}.
 * Not thread-safe: one training loop drives one instance.
 */
public final class Qwen2TrainingGraph implements DecoderEngine {
  /** Key of the token embedding, looked up outside the graph. */
  public static final String EMBED_TOKENS = "model.embed_tokens.weight";

  private static final int CACHED_SHAPES = 4;

  private final Qwen2Config config;
  private final ParameterStore store;
  private final double labelSmoothing;
  private final DataType dtype;
  private final Map<Long, SameDiff> graphs = new LinkedHashMap<>(8, 0.75f, true);

  /**
   * @param config model shape
   * @param store the weights, trained in place
   * @param labelSmoothing PyTorch {@code label_smoothing} in [0, 1)
   */
  public Qwen2TrainingGraph(Qwen2Config config, ParameterStore store, double labelSmoothing) {
    this.config = requireNonNull(config, "config is null");
    this.store = requireNonNull(store, "store is null");
    if (!(labelSmoothing >= 0 && labelSmoothing < 1)) {
      throw new IllegalArgumentException("labelSmoothing (" + labelSmoothing + ") must be in [0, 1)");
    }
    this.labelSmoothing = labelSmoothing;
    this.dtype = store.get(EMBED_TOKENS).dataType();
    checkShape(EMBED_TOKENS, config.vocabSize(), config.hiddenSize());
    if (!config.tieWordEmbeddings()) {
      checkShape("lm_head.weight", config.vocabSize(), config.hiddenSize());
    }
  }

  /** The model configuration. */
  @Override
  public Qwen2Config config() {
    return config;
  }

  /** The parameters this graph trains. */
  @Override
  public ParameterStore store() {
    return store;
  }

  /** Drops the cached graphs (after arrays in the store were replaced rather than updated). */
  public void invalidate() {
    graphs.clear();
  }

  /** Logits {@code [B, T, V]} for a batch (forward only). */
  public INDArray logits(TrainBatch batch) {
    SameDiff sd = graph(batch);
    Map<String, INDArray> feeds = feeds(sd, batch, 1.0);
    INDArray flat = sd.output(feeds, Qwen2GraphBuilder.LOGITS).get(Qwen2GraphBuilder.LOGITS);
    return flat.reshape(batch.batchSize(), batch.seqLen(), config.vocabSize()); // [B*T, V] -> [B, T, V]
  }

  /** The weighted loss divided by {@code normalizer} (forward only). */
  public double loss(TrainBatch batch, double normalizer) {
    return loss(batch, normalizer, null);
  }

  /**
   * M-RoPE addition: {@link #loss(TrainBatch, double)} with 3-axis positions {@code [3][B][T]}
   * (temporal, height, width; {@code null}: the batch's 1-D positions).
   */
  @Override
  public double loss(TrainBatch batch, double normalizer, long[][][] mrope) {
    SameDiff sd = graph(batch);
    Map<String, INDArray> feeds = feeds(sd, batch, normalizer, mrope);
    return sd.output(feeds, Qwen2GraphBuilder.LOSS).get(Qwen2GraphBuilder.LOSS).getDouble(0);
  }

  /**
   * Forward and backward.
   *
   * @param batch the micro-batch
   * @param normalizer number of loss tokens over the whole step (all micro-batches), so that
   *     summed micro-batch gradients equal the gradient of the step's token mean
   * @param wrt HF keys to differentiate (frozen ones left out)
   * @param wantInputsGradient whether to return the gradient of the input embeddings
   */
  @Override
  public LossAndGradients lossAndGradients(
      TrainBatch batch, double normalizer, Collection<String> wrt, boolean wantInputsGradient) {
    return lossAndGradients(batch, normalizer, wrt, wantInputsGradient, null);
  }

  /**
   * M-RoPE addition (Qwen2-VL): {@link #lossAndGradients(TrainBatch, double, Collection, boolean)}
   * with 3-axis positions {@code [3][B][T]} (the config must carry {@code
   * rope_scaling.mrope_section}); {@code null} keeps the batch's 1-D positions.
   */
  @Override
  public LossAndGradients lossAndGradients(TrainBatch batch, double normalizer, Collection<String> wrt,
      boolean wantInputsGradient, long[][][] mrope) {
    requireNonNull(wrt, "wrt is null");
    SameDiff sd = graph(batch);
    boolean embedFromIds = batch.inputsEmbeds() == null && wrt.contains(EMBED_TOKENS);
    List<String> gradNames = new ArrayList<>();
    for (String key : wrt) {
      if (sd.hasVariable(key)) {
        gradNames.add(key);
      } else if (!key.equals(EMBED_TOKENS)) {
        throw new IllegalArgumentException("no trainable variable '" + key + "' in the decoder graph");
      }
    }
    if (embedFromIds || wantInputsGradient) {
      gradNames.add(Qwen2GraphBuilder.INPUTS_EMBEDS);
    }
    OutAndGrad result = sd.calculateGradientsAndOutputs(
        feeds(sd, batch, normalizer, mrope), List.of(Qwen2GraphBuilder.LOSS), gradNames);
    Map<String, INDArray> grads = new HashMap<>(result.getGradients());
    INDArray inputsGrad = grads.remove(Qwen2GraphBuilder.INPUTS_EMBEDS);
    if (wrt.contains(EMBED_TOKENS)) {
      // Tied head: the graph already holds the head's share. Untied with caller-supplied
      // embeddings: the embedding got no gradient in this micro-batch, so it is zero.
      INDArray embedGrad = grads.computeIfAbsent(EMBED_TOKENS,
          k -> Nd4j.zeros(dtype, config.vocabSize(), config.hiddenSize()));
      if (embedFromIds) {
        TokenEmbedding.scatterAdd(embedGrad, batch.inputIds(), inputsGrad);
      }
    }
    double loss = result.getOutputs().get(Qwen2GraphBuilder.LOSS).getDouble(0);
    return new LossAndGradients(loss, grads, wantInputsGradient ? inputsGrad : null);
  }

  /** Placeholder arrays; also sets the input-embeddings variable of {@code sd}. */
  private Map<String, INDArray> feeds(SameDiff sd, TrainBatch batch, double normalizer) {
    return feeds(sd, batch, normalizer, null);
  }

  private Map<String, INDArray> feeds(SameDiff sd, TrainBatch batch, double normalizer, long[][][] mrope) {
    Map<String, INDArray> feeds = DecoderFeeds.build(config, batch, normalizer, dtype);
    if (mrope != null) { // M-RoPE addition: replace the 1-D rotary tables
      MropeSection.checkShape(mrope, batch.batchSize(), batch.seqLen());
      int[] section = MropeSection.of(config);
      INDArray[] rope = DecoderFeeds.mropeTables(mrope, config.headDim(), config.ropeTheta(), section, dtype);
      feeds.put(Qwen2GraphBuilder.ROPE_COS, rope[0]);
      feeds.put(Qwen2GraphBuilder.ROPE_SIN, rope[1]);
    }
    INDArray embeds = batch.inputsEmbeds() != null
        ? batch.inputsEmbeds()
        : TokenEmbedding.lookup(store.get(EMBED_TOKENS), batch.inputIds());
    if (embeds.size(2) != config.hiddenSize()) {
      throw new IllegalArgumentException("inputsEmbeds width " + embeds.size(2)
          + " differs from hidden_size " + config.hiddenSize());
    }
    sd.setArrayForVariable(
        Qwen2GraphBuilder.INPUTS_EMBEDS, embeds.dataType() == dtype ? embeds : embeds.castTo(dtype));
    return feeds;
  }

  private SameDiff graph(TrainBatch batch) {
    long key = ((long) batch.batchSize() << 32) | batch.seqLen();
    SameDiff sd = graphs.get(key);
    if (sd == null) {
      sd = new Qwen2GraphBuilder(config, store, labelSmoothing, batch.batchSize(), batch.seqLen()).build();
      graphs.put(key, sd);
      if (graphs.size() > CACHED_SHAPES) {
        Long eldest = graphs.keySet().iterator().next();
        graphs.remove(eldest);
      }
    }
    return sd;
  }

  private void checkShape(String key, long rows, long cols) {
    INDArray a = store.get(key);
    if (a.rank() != 2 || a.size(0) != rows || a.size(1) != cols) {
      throw new IllegalArgumentException("weight '" + key + "' has shape "
          + Arrays.toString(a.shape()) + ", expected [" + rows + ", " + cols + "]");
    }
  }
}
