package io.ofa4j.runtime.train.fused;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.train.DecoderEngine;
import io.ofa4j.runtime.train.LossAndGradients;
import io.ofa4j.runtime.train.TrainBatch;
import io.ofa4j.runtime.weights.ParameterStore;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The Qwen2 decoder training step (loss, every parameter gradient, optionally the input-embedding
 * gradient) written out by hand, with the semantics of the SameDiff graph of
 * {@code Qwen2TrainingGraph}: embedding lookup (or given embeddings), decoder layers, final
 * RMSNorm, tied or untied head, masked weighted mean token cross-entropy with label smoothing.
 *
 * <p>Why: with SameDiff about half of a step at the reference shape was per-op bookkeeping
 * outside the ops. Here weights are the {@link ParameterStore} arrays themselves (float32, used in
 * place, never copied), the big matmuls are direct BLAS calls, and activations and gradients live
 * in buffers reused across steps. The returned gradient arrays are those buffers: they are
 * overwritten by the next call. Only decoder weights ({@code model.*}, {@code lm_head.*}) are
 * tracked; other keys of a shared store (modality adapters) are left to their owners. Not
 * thread-safe.
 */
public final class FusedQwen2Step implements DecoderEngine {
  private static final String EMBED = "model.embed_tokens.weight";
  private static final int CACHED_SHAPES = 8;
  private static final long CACHE_BYTES = 1L << 30;

  private final Qwen2Config config;
  private final ParameterStore store;
  private final double labelSmoothing;
  private final Map<String, INDArray> params = new LinkedHashMap<>();
  private final Map<String, INDArray> grads = new LinkedHashMap<>();
  private final FusedDecoderLayer[] layers;
  private final String headKey;
  /**
   * Buffers per [B, T] shape, least recently used first: a multi-task run alternates a handful of
   * shapes (tasks, padded lengths), and reallocating hundreds of MB per micro-batch would cost more
   * than the step. Bounded by {@link #CACHED_SHAPES} and {@link #CACHE_BYTES}.
   */
  private final Map<Long, StepBuffers> buffers = new LinkedHashMap<>(16, 0.75f, true);
  private long cachedBytes;

  /**
   * @param config model shape
   * @param store float32 weights, read in place (updates by the optimizer are seen)
   * @param labelSmoothing PyTorch {@code label_smoothing} in [0, 1)
   */
  public FusedQwen2Step(Qwen2Config config, ParameterStore store, double labelSmoothing) {
    this.config = requireNonNull(config, "config is null");
    this.store = requireNonNull(store, "store is null");
    if (!(labelSmoothing >= 0 && labelSmoothing < 1)) {
      throw new IllegalArgumentException("labelSmoothing (" + labelSmoothing + ") must be in [0, 1)");
    }
    this.labelSmoothing = labelSmoothing;
    this.headKey = config.tieWordEmbeddings() ? EMBED : "lm_head.weight";
    String reason = unsupported(config, store);
    if (reason != null) {
      throw new IllegalArgumentException("fused trainer cannot run this model: " + reason);
    }
    for (String key : store.keys()) {
      if (isDecoderKey(key)) {
        INDArray a = store.get(key);
        params.put(key, a);
        grads.put(key, Nd4j.create(DataType.FLOAT, a.shape()));
      }
    }
    require(EMBED, config.vocabSize(), config.hiddenSize());
    require(headKey, config.vocabSize(), config.hiddenSize());
    require("model.norm.weight", config.hiddenSize());
    layers = new FusedDecoderLayer[config.numHiddenLayers()];
    for (int i = 0; i < layers.length; i++) {
      String p = "model.layers." + i + ".";
      for (String k : new String[] {"input_layernorm.weight", "post_attention_layernorm.weight",
          "self_attn.q_proj.weight", "self_attn.q_proj.bias", "self_attn.k_proj.weight", "self_attn.k_proj.bias",
          "self_attn.v_proj.weight", "self_attn.v_proj.bias", "self_attn.o_proj.weight", "mlp.gate_proj.weight",
          "mlp.up_proj.weight", "mlp.down_proj.weight"}) {
        require(p + k);
      }
      layers[i] = new FusedDecoderLayer(config, i, params, grads);
    }
  }

  /**
   * Why this step cannot train {@code config} over {@code store}, or {@code null} when it can:
   * it needs dense C-ordered float32 decoder weights and an even head_dim (rotate-half RoPE).
   */
  public static String unsupported(Qwen2Config config, ParameterStore store) {
    requireNonNull(config, "config is null");
    requireNonNull(store, "store is null");
    if (config.headDim() % 2 != 0) {
      return "head_dim " + config.headDim() + " must be even for RoPE";
    }
    for (String key : store.keys()) {
      INDArray a = store.get(key);
      if (isDecoderKey(key) && (a.dataType() != DataType.FLOAT || a.isView() || a.ordering() != 'c')) {
        return "it needs dense C-ordered float32 weights; '" + key + "' is " + a.dataType() + " "
            + a.ordering() + (a.isView() ? " view" : "");
      }
    }
    return null;
  }

  private static boolean isDecoderKey(String key) {
    return key.startsWith("model.") || key.startsWith("lm_head.");
  }

  /**
   * Forward and backward, with the contract of {@code Qwen2TrainingGraph.lossAndGradients}.
   *
   * @param batch the micro-batch (ids, or input embeddings {@code [B, T, H]})
   * @param normalizer loss tokens over the whole step
   * @param wrt HF keys whose gradients to return
   * @param wantInputsGradient whether to return d(loss)/d(input embeddings) {@code [B, T, H]}
   * @param mrope M-RoPE addition: 3-axis positions {@code [3][B][T]} (needs {@code
   *     rope_scaling.mrope_section}), or {@code null} for the batch's 1-D positions
   */
  @Override
  public LossAndGradients lossAndGradients(TrainBatch batch, double normalizer, Collection<String> wrt,
      boolean wantInputsGradient, long[][][] mrope) {
    requireNonNull(wrt, "wrt is null");
    for (String key : wrt) {
      if (!params.containsKey(key)) {
        throw new IllegalArgumentException("no trainable variable '" + key + "' in the decoder");
      }
    }
    StepBuffers buf = forward(batch, normalizer, mrope);
    int n = buf.batch * buf.seq;
    int hid = config.hiddenSize();
    double loss = CrossEntropyKernel.lossAndGradient(buf.logits.a, buf.labels, buf.weights, n,
        config.vocabSize(), labelSmoothing);
    buf.logits.push();
    // Backward: head (writes the embedding gradient first when tied), final norm, layers.
    Nd4j.gemm(buf.logits.nd, params.get(headKey), buf.dnormed.nd, false, false, 1.0, 0.0); // [B*T, H]
    Nd4j.gemm(buf.logits.nd, buf.normed.nd, grads.get(headKey), true, false, 1.0, 0.0); // [V, H]
    if (!config.tieWordEmbeddings()) {
      grads.get(EMBED).assign(0);
    }
    buf.dnormed.pull();
    Arrays.fill(buf.dres.a, 0f);
    float[] dw = new float[hid];
    NormKernels.rmsNormBackward(buf.last.a, FloatBuf.read(params.get("model.norm.weight")), buf.rFinal,
        buf.dnormed.a, buf.dres.a, dw, n, hid);
    FloatBuf.write(grads.get("model.norm.weight"), dw);
    for (int i = layers.length - 1; i >= 0; i--) {
      layers[i].backward(buf, buf.layers[i]);
    }
    if (batch.inputsEmbeds() == null) {
      BatchTables.scatterAdd(grads.get(EMBED), batch.inputIds(), buf.dres.a, hid);
    }
    Map<String, INDArray> out = new LinkedHashMap<>();
    for (String key : wrt) {
      out.put(key, grads.get(key));
    }
    INDArray inputsGrad = wantInputsGradient
        ? Nd4j.createFromArray(buf.dres.a).reshape(buf.batch, buf.seq, hid) // [B, T, H]
        : null;
    return new LossAndGradients(loss, out, inputsGrad);
  }

  /** The weighted token loss divided by {@code normalizer} (forward only); {@code mrope} as above. */
  @Override
  public double loss(TrainBatch batch, double normalizer, long[][][] mrope) {
    StepBuffers buf = forward(batch, normalizer, mrope);
    // the kernel also leaves d(loss)/d(logits) in the logits buffer; nothing reads it here
    return CrossEntropyKernel.lossAndGradient(buf.logits.a, buf.labels, buf.weights, buf.batch * buf.seq,
        config.vocabSize(), labelSmoothing);
  }

  /** Embeddings, decoder layers, final norm and head: logits [B*T, V] on the heap in the buffers. */
  private StepBuffers forward(TrainBatch batch, double normalizer, long[][][] mrope) {
    requireNonNull(batch, "batch is null");
    if (!(normalizer > 0)) {
      throw new IllegalArgumentException("normalizer (" + normalizer + ") must be > 0");
    }
    StepBuffers buf = buffers(batch.batchSize(), batch.seqLen());
    int n = buf.batch * buf.seq;
    int hid = config.hiddenSize();
    BatchTables.fill(config, batch, normalizer, buf, mrope);
    float[] x0 = buf.layers.length > 0 ? buf.layers[0].x.a : buf.last.a;
    if (batch.inputsEmbeds() == null) {
      BatchTables.lookup(params.get(EMBED), batch.inputIds(), x0, hid);
    } else {
      INDArray e = batch.inputsEmbeds();
      if (e.size(2) != hid) {
        throw new IllegalArgumentException("inputsEmbeds width " + e.size(2) + " differs from hidden_size " + hid);
      }
      float[] given = e.dataType() == DataType.FLOAT && !e.isView() && e.ordering() == 'c'
          && e.data().length() == e.length()
          ? FloatBuf.read(e)
          : e.castTo(DataType.FLOAT).dup('c').data().asFloat();
      System.arraycopy(given, 0, x0, 0, x0.length);
    }
    for (int i = 0; i < layers.length; i++) {
      float[] out = i + 1 < layers.length ? buf.layers[i + 1].x.a : buf.last.a;
      layers[i].forward(buf, buf.layers[i], out);
    }
    NormKernels.rmsNormForward(buf.last.a, FloatBuf.read(params.get("model.norm.weight")), buf.normed.a,
        buf.rFinal, n, hid, config.rmsNormEps());
    buf.normed.push();
    Nd4j.gemm(buf.normed.nd, params.get(headKey), buf.logits.nd, false, true, 1.0, 0.0); // [B*T, V]
    buf.logits.pull();
    return buf;
  }

  /** The model configuration. */
  @Override
  public Qwen2Config config() {
    return config;
  }

  /** The parameters this step trains. */
  @Override
  public ParameterStore store() {
    return store;
  }

  private StepBuffers buffers(int b, int t) {
    long key = ((long) b << 32) | t;
    StepBuffers buf = buffers.get(key);
    if (buf != null) {
      return buf;
    }
    long bytes = StepBuffers.bytes(b, t, config);
    var it = buffers.entrySet().iterator();
    while (it.hasNext() && (buffers.size() >= CACHED_SHAPES || cachedBytes + bytes > CACHE_BYTES)) {
      var eldest = it.next(); // let old shapes' buffers go before allocating the new ones
      cachedBytes -= StepBuffers.bytes(eldest.getValue().batch, eldest.getValue().seq, config);
      it.remove();
    }
    buf = new StepBuffers(b, t, config);
    buffers.put(key, buf);
    cachedBytes += bytes;
    return buf;
  }

  private void require(String key, long... shape) {
    INDArray a = params.get(key);
    if (a == null) {
      throw new IllegalArgumentException("parameter store has no '" + key + "'");
    }
    if (shape.length > 0 && !Arrays.equals(a.shape(), shape)) {
      throw new IllegalArgumentException("weight '" + key + "' has shape " + Arrays.toString(a.shape())
          + ", expected " + Arrays.toString(shape));
    }
  }
}
