package io.ofa4j.runtime.train.fused;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.model.Qwen2Config;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Forward and backward of one {@code Qwen2DecoderLayer} (HF {@code modeling_qwen2.py}):
 * x + o_proj(attn(rope(q), rope(k), v)) over input_layernorm(x), then + down(silu(gate) * up) over
 * post_attention_layernorm. The seven projections per direction are single BLAS calls into
 * preallocated arrays; attention uses batched BLAS with GQA folded into the row axis (query head
 * h = kv * groups + j, HF's repeat_kv order), so no K/V copy per query head is made.
 */
final class FusedDecoderLayer {
  /** Added to masked attention scores, as in the SameDiff graph (exp underflows to exactly 0). */
  static final float MASKED = -1e9f;

  private final Qwen2Config config;
  private final String prefix;
  private final Map<String, INDArray> params;
  private final Map<String, INDArray> grads;

  FusedDecoderLayer(Qwen2Config config, int index, Map<String, INDArray> params, Map<String, INDArray> grads) {
    this.config = requireNonNull(config, "config is null");
    this.prefix = "model.layers." + index + ".";
    this.params = params;
    this.grads = grads;
  }

  /** Reads {@code s.x} (heap copy) and writes the layer output into {@code out} (heap copy). */
  void forward(StepBuffers buf, StepBuffers.Saved s, float[] out) {
    int b = buf.batch;
    int t = buf.seq;
    int n = b * t;
    int hid = config.hiddenSize();
    int nh = config.numAttentionHeads();
    int nkv = config.numKeyValueHeads();
    int d = config.headDim();
    int g = config.numKeyValueGroups();
    NormKernels.rmsNormForward(s.x.a, small("input_layernorm.weight"), s.xn1.a, s.r1, n, hid, config.rmsNormEps());
    s.xn1.push();
    linear(s.xn1, "self_attn.q_proj.weight", buf.qRaw);
    linear(s.xn1, "self_attn.k_proj.weight", buf.kRaw);
    linear(s.xn1, "self_attn.v_proj.weight", buf.vRaw);
    AttentionKernels.splitHeadsRope(buf.qRaw.a, small("self_attn.q_proj.bias"), buf.cos, buf.sin, s.q.a, b, t, nh, d);
    AttentionKernels.splitHeadsRope(buf.kRaw.a, small("self_attn.k_proj.bias"), buf.cos, buf.sin, s.k.a, b, t, nkv, d);
    addRowBias(buf.vRaw.a, small("self_attn.v_proj.bias"));
    AttentionKernels.mergeHeads(s.v.a, buf.vRaw.a, b, t, nkv, d, true);
    s.q.push();
    s.k.push();
    s.v.push();
    long gt = (long) g * t;
    long bk = (long) b * nkv;
    // scores [B*nkv, g*T, T] = q [B*nkv, g*T, D] @ k^T
    Nd4j.gemm(s.q.as(bk, gt, d), s.k.as(bk, t, d), s.probs.as(bk, gt, t), false, true, 1.0, 0.0);
    s.probs.pull();
    AttentionKernels.maskedSoftmax(s.probs.a, buf.attend, b, nh, t, (float) (1.0 / Math.sqrt(d)), MASKED);
    s.probs.push();
    Nd4j.gemm(s.probs.as(bk, gt, t), s.v.as(bk, t, d), buf.heads.as(bk, gt, d), false, false, 1.0, 0.0);
    buf.heads.pull();
    AttentionKernels.mergeHeads(buf.heads.a, s.attnOut.a, b, t, nh, d, false);
    s.attnOut.push();
    linear(s.attnOut, "self_attn.o_proj.weight", buf.proj);
    add(s.x.a, buf.proj.a, s.h.a);
    NormKernels.rmsNormForward(s.h.a, small("post_attention_layernorm.weight"), s.xn2.a, s.r2, n, hid,
        config.rmsNormEps());
    s.xn2.push();
    linear(s.xn2, "mlp.gate_proj.weight", s.gate);
    linear(s.xn2, "mlp.up_proj.weight", s.up);
    NormKernels.swigluForward(s.gate.a, s.up.a, s.act.a);
    s.act.push();
    linear(s.act, "mlp.down_proj.weight", buf.proj);
    add(s.h.a, buf.proj.a, out);
  }

  /**
   * Backward: {@code buf.dres} holds d(loss)/d(layer output) (heap copy) on entry and
   * d(loss)/d(layer input) on exit; parameter gradients are written (not accumulated).
   */
  void backward(StepBuffers buf, StepBuffers.Saved s) {
    int b = buf.batch;
    int t = buf.seq;
    int n = b * t;
    int hid = config.hiddenSize();
    int nh = config.numAttentionHeads();
    int nkv = config.numKeyValueHeads();
    int d = config.headDim();
    int g = config.numKeyValueGroups();
    // MLP: out = h + down(act)
    buf.dres.push();
    Nd4j.gemm(buf.dres.nd, param("mlp.down_proj.weight"), buf.dact.nd, false, false, 1.0, 0.0);
    Nd4j.gemm(buf.dres.nd, s.act.nd, grad("mlp.down_proj.weight"), true, false, 1.0, 0.0);
    buf.dact.pull();
    NormKernels.swigluBackward(s.gate.a, s.up.a, buf.dact.a, buf.dgate.a, buf.dup.a);
    buf.dgate.push();
    buf.dup.push();
    Nd4j.gemm(buf.dgate.nd, param("mlp.gate_proj.weight"), buf.dnormed.nd, false, false, 1.0, 0.0);
    Nd4j.gemm(buf.dup.nd, param("mlp.up_proj.weight"), buf.dnormed.nd, false, false, 1.0, 1.0);
    Nd4j.gemm(buf.dgate.nd, s.xn2.nd, grad("mlp.gate_proj.weight"), true, false, 1.0, 0.0);
    Nd4j.gemm(buf.dup.nd, s.xn2.nd, grad("mlp.up_proj.weight"), true, false, 1.0, 0.0);
    buf.dnormed.pull();
    float[] dw = new float[hid];
    NormKernels.rmsNormBackward(s.h.a, small("post_attention_layernorm.weight"), s.r2, buf.dnormed.a,
        buf.dres.a, dw, n, hid);
    FloatBuf.write(grad("post_attention_layernorm.weight"), dw);
    // Attention: h = x + o_proj(attnOut)
    buf.dres.push();
    Nd4j.gemm(buf.dres.nd, param("self_attn.o_proj.weight"), buf.qRaw.nd, false, false, 1.0, 0.0);
    Nd4j.gemm(buf.dres.nd, s.attnOut.nd, grad("self_attn.o_proj.weight"), true, false, 1.0, 0.0);
    buf.qRaw.pull();
    AttentionKernels.mergeHeads(buf.heads.a, buf.qRaw.a, b, t, nh, d, true);
    buf.heads.push(); // d(attention output) [B, nh, T, D]
    long gt = (long) g * t;
    long bk = (long) b * nkv;
    Nd4j.gemm(buf.heads.as(bk, gt, d), s.v.as(bk, t, d), buf.dprobs.as(bk, gt, t), false, true, 1.0, 0.0);
    Nd4j.gemm(s.probs.as(bk, gt, t), buf.heads.as(bk, gt, d), buf.dv.as(bk, t, d), true, false, 1.0, 0.0);
    buf.dprobs.pull();
    AttentionKernels.softmaxBackward(s.probs.a, buf.dprobs.a, b * nh * t, t, (float) (1.0 / Math.sqrt(d)));
    buf.dprobs.push();
    Nd4j.gemm(buf.dprobs.as(bk, gt, t), s.k.as(bk, t, d), buf.dq.as(bk, gt, d), false, false, 1.0, 0.0);
    Nd4j.gemm(buf.dprobs.as(bk, gt, t), s.q.as(bk, gt, d), buf.dk.as(bk, t, d), true, false, 1.0, 0.0);
    buf.dq.pull();
    buf.dk.pull();
    buf.dv.pull();
    AttentionKernels.mergeHeadsRopeBackward(buf.dq.a, buf.cos, buf.sin, buf.qRaw.a, b, t, nh, d);
    AttentionKernels.mergeHeadsRopeBackward(buf.dk.a, buf.cos, buf.sin, buf.kRaw.a, b, t, nkv, d);
    AttentionKernels.mergeHeads(buf.dv.a, buf.vRaw.a, b, t, nkv, d, false);
    biasGrad(buf.qRaw, n, "self_attn.q_proj.bias");
    biasGrad(buf.kRaw, n, "self_attn.k_proj.bias");
    biasGrad(buf.vRaw, n, "self_attn.v_proj.bias");
    buf.qRaw.push();
    buf.kRaw.push();
    buf.vRaw.push();
    Nd4j.gemm(buf.qRaw.nd, param("self_attn.q_proj.weight"), buf.dnormed.nd, false, false, 1.0, 0.0);
    Nd4j.gemm(buf.kRaw.nd, param("self_attn.k_proj.weight"), buf.dnormed.nd, false, false, 1.0, 1.0);
    Nd4j.gemm(buf.vRaw.nd, param("self_attn.v_proj.weight"), buf.dnormed.nd, false, false, 1.0, 1.0);
    Nd4j.gemm(buf.qRaw.nd, s.xn1.nd, grad("self_attn.q_proj.weight"), true, false, 1.0, 0.0);
    Nd4j.gemm(buf.kRaw.nd, s.xn1.nd, grad("self_attn.k_proj.weight"), true, false, 1.0, 0.0);
    Nd4j.gemm(buf.vRaw.nd, s.xn1.nd, grad("self_attn.v_proj.weight"), true, false, 1.0, 0.0);
    buf.dnormed.pull();
    NormKernels.rmsNormBackward(s.x.a, small("input_layernorm.weight"), s.r1, buf.dnormed.a, buf.dres.a, dw, n, hid);
    FloatBuf.write(grad("input_layernorm.weight"), dw);
  }

  /** nn.Linear without bias: out [N, out] = x [N, in] @ W^T, then copied to the heap. */
  private void linear(FloatBuf x, String key, FloatBuf out) {
    Nd4j.gemm(x.nd, param(key), out.nd, false, true, 1.0, 0.0);
    out.pull();
  }

  private void biasGrad(FloatBuf d, int n, String key) {
    INDArray target = grad(key);
    float[] db = new float[Math.toIntExact(target.length())];
    NormKernels.columnSums(d.a, n, db.length, db);
    FloatBuf.write(target, db);
  }

  private static void addRowBias(float[] x, float[] bias) {
    int c = bias.length;
    for (int i = 0; i < x.length; i++) {
      x[i] += bias[i % c];
    }
  }

  private static void add(float[] a, float[] b, float[] out) {
    Parallel.blocks(out.length, 16, (from, to) -> {
      for (int i = from; i < to; i++) {
        out[i] = a[i] + b[i];
      }
    });
  }

  private INDArray param(String key) {
    return params.get(prefix + key);
  }

  private INDArray grad(String key) {
    return grads.get(prefix + key);
  }

  /** Norm weights and biases are re-read every step: the optimizer updates them in place. */
  private float[] small(String key) {
    return FloatBuf.read(param(key));
  }
}
