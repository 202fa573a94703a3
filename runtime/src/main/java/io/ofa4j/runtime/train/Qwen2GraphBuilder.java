package io.ofa4j.runtime.train;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.weights.ParameterStore;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Builds the SameDiff graph of {@code Qwen2ForCausalLM} plus its training loss for one fixed
 * {@code [B, T]}, in the reading order of HF {@code transformers/models/qwen2/modeling_qwen2.py}
 * (RMSNorm pre-norm, rotate-half RoPE, grouped-query attention with q/k/v bias, SwiGLU MLP, final
 * norm, tied or untied head). Variables are named by the full HF keys and hold the
 * {@link ParameterStore} arrays themselves (SameDiff keeps the reference; nothing is copied).
 *
 * <p>Only ops whose gradients were checked in DL4J 1.0.0-M2.1 are used: 2-D and batched
 * {@code mmul} with transpose flags, reshape/permute, broadcast add/mul, {@code rsqrt},
 * {@code swish}, last-axis {@code softmax}, keep-dims reductions, {@code exp}/{@code log}. The token
 * embedding lookup is NOT in the graph (gather's backward is wrong): embeddings enter as the
 * {@value #INPUTS_EMBEDS} variable, whose array the caller replaces before each pass.
 */
final class Qwen2GraphBuilder {
  static final String INPUTS_EMBEDS = "inputs_embeds";
  static final String ATTENTION_BIAS = "attention_bias";
  static final String ROPE_COS = "rope_cos";
  static final String ROPE_SIN = "rope_sin";
  static final String LABELS = "labels";
  static final String TOKEN_WEIGHTS = "token_weights";
  static final String LOGITS = "logits";
  static final String LOSS = "loss";

  private final Qwen2Config config;
  private final ParameterStore store;
  private final double labelSmoothing;
  private final int batch;
  private final int seq;
  private final DataType dtype;
  private SameDiff sd;

  Qwen2GraphBuilder(Qwen2Config config, ParameterStore store, double labelSmoothing, int batch, int seq) {
    this.config = requireNonNull(config, "config is null");
    this.store = requireNonNull(store, "store is null");
    this.labelSmoothing = labelSmoothing;
    this.batch = batch;
    this.seq = seq;
    this.dtype = store.get("model.embed_tokens.weight").dataType();
  }

  /** The graph: outputs {@value #LOGITS} {@code [B*T, V]} and {@value #LOSS} {@code [1, 1]}. */
  SameDiff build() {
    sd = SameDiff.create();
    int h = config.hiddenSize();
    long n = (long) batch * seq;
    // A variable, not a placeholder: SameDiff 1.0.0-M2.1 drops the gradient of a placeholder that
    // feeds a reshape; the caller sets this array before every pass.
    SDVariable embeds = sd.var(INPUTS_EMBEDS, Nd4j.zeros(dtype, batch, seq, h)); // [B, T, H]
    SDVariable bias = sd.placeHolder(ATTENTION_BIAS, dtype, batch, 1, seq, seq);
    SDVariable cos = sd.placeHolder(ROPE_COS, dtype, batch, 1, seq, config.headDim());
    SDVariable sin = sd.placeHolder(ROPE_SIN, dtype, batch, 1, seq, config.headDim());
    // Rotation matrix so that rotate_half(x) = x @ R: mmul's gradient is right, slicing stays out.
    SDVariable rotate = sd.constant("rope_rotate_half", rotateHalfMatrix(config.headDim(), dtype));

    SDVariable x = sd.reshape(embeds, n, h); // [B*T, H]
    for (int i = 0; i < config.numHiddenLayers(); i++) {
      x = decoderLayer("model.layers." + i + ".", x, bias, cos, sin, rotate);
    }
    SDVariable hidden = rmsNorm(x, param("model.norm.weight")); // [B*T, H]
    String headKey = config.tieWordEmbeddings() ? "model.embed_tokens.weight" : "lm_head.weight";
    SDVariable logits = sd.mmul(LOGITS, hidden, param(headKey), false, true, false); // [B*T, V]
    crossEntropy(logits);
    return sd;
  }

  /** One {@code Qwen2DecoderLayer}: x + attn(norm(x)), then + mlp(norm(x)). x is [B*T, H]. */
  private SDVariable decoderLayer(
      String p, SDVariable x, SDVariable bias, SDVariable cos, SDVariable sin, SDVariable rotate) {
    SDVariable attn = selfAttention(p + "self_attn.", rmsNorm(x, param(p + "input_layernorm.weight")),
        bias, cos, sin, rotate);
    SDVariable h = x.add(attn); // [B*T, H]
    SDVariable normed = rmsNorm(h, param(p + "post_attention_layernorm.weight"));
    SDVariable gate = linear(normed, p + "mlp.gate_proj.weight", null); // [B*T, I]
    SDVariable up = linear(normed, p + "mlp.up_proj.weight", null); // [B*T, I]
    SDVariable down = linear(sd.nn.swish(gate).mul(up), p + "mlp.down_proj.weight", null); // [B*T, H]
    return h.add(down);
  }

  /** {@code Qwen2Attention} with GQA; input and output [B*T, H]. */
  private SDVariable selfAttention(
      String p, SDVariable x, SDVariable bias, SDVariable cos, SDVariable sin, SDVariable rotate) {
    int heads = config.numAttentionHeads();
    int kvHeads = config.numKeyValueHeads();
    int groups = config.numKeyValueGroups();
    int d = config.headDim();
    SDVariable q = heads(linear(x, p + "q_proj.weight", p + "q_proj.bias"), heads); // [B, nh, T, D]
    SDVariable k = heads(linear(x, p + "k_proj.weight", p + "k_proj.bias"), kvHeads); // [B, nkv, T, D]
    SDVariable v = heads(linear(x, p + "v_proj.weight", p + "v_proj.bias"), kvHeads); // [B, nkv, T, D]
    q = rope(q, heads, cos, sin, rotate);
    k = rope(k, kvHeads, cos, sin, rotate);
    // GQA without repeat_kv: query head h = kv * groups + j uses kv head kv (HF repeat_kv order),
    // so the groups of one kv head are stacked along the row axis of one batched matmul.
    SDVariable qg = sd.reshape(q, batch, kvHeads, (long) groups * seq, d); // [B, nkv, g*T, D]
    SDVariable scores = sd.mmul(qg, k, false, true, false); // [B, nkv, g*T, T]
    scores = sd.reshape(scores, batch, heads, seq, seq).mul(1.0 / Math.sqrt(d)).add(bias); // [B, nh, T, T]
    SDVariable probs = sd.nn.softmax(scores, -1); // [B, nh, T, T]
    SDVariable pg = sd.reshape(probs, batch, kvHeads, (long) groups * seq, seq); // [B, nkv, g*T, T]
    SDVariable out = sd.mmul(pg, v); // [B, nkv, g*T, D]
    out = sd.reshape(out, batch, heads, seq, d); // [B, nh, T, D]
    out = sd.permute(out, 0, 2, 1, 3); // [B, T, nh, D]
    out = sd.reshape(out, (long) batch * seq, (long) heads * d); // [B*T, nh*D]
    return linear(out, p + "o_proj.weight", null); // [B*T, H]
  }

  /** [B*T, nh*D] -> [B, nh, T, D]. */
  private SDVariable heads(SDVariable x, int count) {
    SDVariable r = sd.reshape(x, batch, seq, count, config.headDim()); // [B, T, nh, D]
    return sd.permute(r, 0, 2, 1, 3); // [B, nh, T, D]
  }

  /** HF {@code apply_rotary_pos_emb}: x * cos + rotate_half(x) * sin; x is [B, nh, T, D]. */
  private SDVariable rope(SDVariable x, int count, SDVariable cos, SDVariable sin, SDVariable rotate) {
    int d = config.headDim();
    SDVariable flat = sd.reshape(x, (long) batch * count * seq, d); // [B*nh*T, D]
    SDVariable rotated = sd.reshape(sd.mmul(flat, rotate), batch, count, seq, d); // [B, nh, T, D]
    return x.mul(cos).add(rotated.mul(sin)); // cos/sin [B, 1, T, D] broadcast over heads
  }

  /** {@code Qwen2RMSNorm}: x * rsqrt(mean(x^2) + eps) * w over the last axis of [N, H]. */
  private SDVariable rmsNorm(SDVariable x, SDVariable weight) {
    SDVariable meanSquare = sd.mean(sd.math.square(x), true, 1); // [N, 1]
    return x.mul(sd.math.rsqrt(meanSquare.add(config.rmsNormEps()))).mul(weight);
  }

  /** nn.Linear: x [N, in] @ W^T ([out, in] stored) + b -> [N, out]. */
  private SDVariable linear(SDVariable x, String weightKey, String biasKey) {
    SDVariable y = sd.mmul(x, param(weightKey), false, true, false); // [N, out]
    return biasKey == null ? y : y.add(param(biasKey));
  }

  /**
   * Weighted token cross-entropy with optional label smoothing (PyTorch {@code label_smoothing}:
   * target = (1 - eps) one_hot + eps / V). log-softmax is written as z - max - log(sum(exp(z - max)))
   * with keep-dims reductions, because DL4J's logSoftmax(x, dim) throws and its
   * sparseSoftmaxCrossEntropy backward ignores the incoming gradient (libraries.md). The
   * per-token weights (mask * example weight / token count) are fed in, so the loss is the
   * weighted mean over loss tokens.
   */
  private void crossEntropy(SDVariable logits) {
    int vocab = config.vocabSize();
    SDVariable labels = sd.placeHolder(LABELS, DataType.INT32, (long) batch * seq);
    SDVariable weights = sd.placeHolder(TOKEN_WEIGHTS, dtype, (long) batch * seq, 1);
    // With s = z - max(z) and lse = log(sum(exp(s))): -log p[label] = lse - s[label] and
    // -mean(log p) = lse - mean(s). Writing it this way keeps the number of passes over the
    // [N, V] logits (the largest tensors of a step) to a minimum.
    SDVariable shifted = logits.sub(sd.max(logits, true, 1)); // [N, V]
    SDVariable logSumExp = sd.math.log(sd.sum(sd.math.exp(shifted), true, 1)); // [N, 1]
    SDVariable oneHot = sd.oneHot(labels, vocab, -1, 1.0, 0.0, dtype); // [N, V]
    SDVariable target = sd.sum(oneHot.mul(shifted), true, 1); // [N, 1]: s[label]
    SDVariable perToken = logSumExp.sub(target); // [N, 1]
    if (labelSmoothing > 0) {
      SDVariable uniform = logSumExp.sub(sd.mean(shifted, true, 1)); // [N, 1]
      perToken = perToken.mul(1 - labelSmoothing).add(uniform.mul(labelSmoothing));
    }
    sd.sum(LOSS, perToken.mul(weights), true, 0, 1); // [1, 1]
    sd.setLossVariables(LOSS);
  }

  private SDVariable param(String key) {
    return sd.hasVariable(key) ? sd.getVariable(key) : sd.var(key, store.get(key));
  }

  /** R [D, D] with (x @ R) = cat(-x[D/2:], x[:D/2]) (HF {@code rotate_half}). */
  static INDArray rotateHalfMatrix(int d, DataType dtype) {
    INDArray r = Nd4j.zeros(dtype, d, d);
    int half = d / 2;
    for (int j = 0; j < half; j++) {
      r.putScalar(j + half, j, -1.0);
      r.putScalar(j, j + half, 1.0);
    }
    return r;
  }
}
