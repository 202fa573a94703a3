package io.ofa4j.runtime.train.fused;

import io.ofa4j.runtime.model.Qwen2Config;

/**
 * Every activation and scratch tensor of one training step for a fixed {@code [B, T]}, allocated
 * once and reused across steps (no per-step allocation; the GC and ND4J's deallocator stay idle).
 * Per-layer tensors are the ones the backward needs; the rest is scratch shared by all layers.
 */
final class StepBuffers {
  /** What one decoder layer saves for its backward. */
  static final class Saved {
    final FloatBuf x; // [B*T, H] layer input (residual stream)
    final FloatBuf xn1; // [B*T, H] input_layernorm output
    final float[] r1; // [B*T] its rsqrt(mean square + eps)
    final FloatBuf q; // [B, nh, T, D] after RoPE
    final FloatBuf k; // [B, nkv, T, D] after RoPE
    final FloatBuf v; // [B, nkv, T, D]
    final FloatBuf probs; // [B, nh, T, T] attention probabilities
    final FloatBuf attnOut; // [B*T, nh*D] merged heads (o_proj input)
    final FloatBuf h; // [B*T, H] residual after attention
    final FloatBuf xn2; // [B*T, H] post_attention_layernorm output
    final float[] r2; // [B*T]
    final FloatBuf gate; // [B*T, I]
    final FloatBuf up; // [B*T, I]
    final FloatBuf act; // [B*T, I] silu(gate) * up

    Saved(int b, int t, Qwen2Config c) {
      long n = (long) b * t;
      int hid = c.hiddenSize();
      int d = c.headDim();
      x = new FloatBuf(n, hid);
      xn1 = new FloatBuf(n, hid);
      r1 = new float[(int) n];
      q = new FloatBuf(b, c.numAttentionHeads(), t, d);
      k = new FloatBuf(b, c.numKeyValueHeads(), t, d);
      v = new FloatBuf(b, c.numKeyValueHeads(), t, d);
      probs = new FloatBuf(b, c.numAttentionHeads(), t, t);
      attnOut = new FloatBuf(n, (long) c.numAttentionHeads() * d);
      h = new FloatBuf(n, hid);
      xn2 = new FloatBuf(n, hid);
      r2 = new float[(int) n];
      gate = new FloatBuf(n, c.intermediateSize());
      up = new FloatBuf(n, c.intermediateSize());
      act = new FloatBuf(n, c.intermediateSize());
    }
  }

  final int batch;
  final int seq;
  final Saved[] layers;
  final FloatBuf last; // [B*T, H] input of the final norm
  final FloatBuf normed; // [B*T, H] final norm output (lm_head input)
  final float[] rFinal; // [B*T]
  final FloatBuf logits; // [B*T, V], then d(loss)/d(logits)
  final float[] cos; // [B*T, D/2]
  final float[] sin; // [B*T, D/2]
  final int[] labels; // [B*T]
  final float[] weights; // [B*T]
  int[][] attend; // [B][T] the current batch's attention mask
  // Scratch shared by the layers (forward and backward).
  final FloatBuf qRaw; // [B*T, nh*D]
  final FloatBuf kRaw; // [B*T, nkv*D]
  final FloatBuf vRaw; // [B*T, nkv*D]
  final FloatBuf heads; // [B, nh, T, D]: attention output, then its gradient
  final FloatBuf proj; // [B*T, H]: o_proj / down_proj output
  final FloatBuf dres; // [B*T, H]: gradient of the residual stream
  final FloatBuf dnormed; // [B*T, H]: gradient of a norm output
  final FloatBuf dact; // [B*T, I]
  final FloatBuf dgate; // [B*T, I]
  final FloatBuf dup; // [B*T, I]
  final FloatBuf dprobs; // [B, nh, T, T]
  final FloatBuf dq; // [B, nh, T, D]
  final FloatBuf dk; // [B, nkv, T, D]
  final FloatBuf dv; // [B, nkv, T, D]

  /** Bytes the buffers of a {@code [B, T]} step take (each tensor is held off-heap and on the heap). */
  static long bytes(int b, int t, Qwen2Config c) {
    long n = (long) b * t;
    long hid = c.hiddenSize();
    long q = (long) c.numAttentionHeads() * c.headDim();
    long kv = (long) c.numKeyValueHeads() * c.headDim();
    long inter = c.intermediateSize();
    long probs = (long) b * c.numAttentionHeads() * t * t;
    long perLayer = n * (4 * hid + 2 * q + 2 * kv + 3 * inter + 2) + probs;
    long shared = n * (5 * hid + c.vocabSize() + 3 * q + 4 * kv + 3 * inter + hid + 3) + probs;
    return 2 * Float.BYTES * (perLayer * c.numHiddenLayers() + shared);
  }

  StepBuffers(int b, int t, Qwen2Config c) {
    this.batch = b;
    this.seq = t;
    long n = (long) b * t;
    int hid = c.hiddenSize();
    int d = c.headDim();
    int nh = c.numAttentionHeads();
    int nkv = c.numKeyValueHeads();
    layers = new Saved[c.numHiddenLayers()];
    for (int i = 0; i < layers.length; i++) {
      layers[i] = new Saved(b, t, c);
    }
    last = new FloatBuf(n, hid);
    normed = new FloatBuf(n, hid);
    rFinal = new float[(int) n];
    logits = new FloatBuf(n, c.vocabSize());
    cos = new float[(int) n * d / 2];
    sin = new float[(int) n * d / 2];
    labels = new int[(int) n];
    weights = new float[(int) n];
    qRaw = new FloatBuf(n, (long) nh * d);
    kRaw = new FloatBuf(n, (long) nkv * d);
    vRaw = new FloatBuf(n, (long) nkv * d);
    heads = new FloatBuf(b, nh, t, d);
    proj = new FloatBuf(n, hid);
    dres = new FloatBuf(n, hid);
    dnormed = new FloatBuf(n, hid);
    dact = new FloatBuf(n, c.intermediateSize());
    dgate = new FloatBuf(n, c.intermediateSize());
    dup = new FloatBuf(n, c.intermediateSize());
    dprobs = new FloatBuf(b, nh, t, t);
    dq = new FloatBuf(b, nh, t, d);
    dk = new FloatBuf(b, nkv, t, d);
    dv = new FloatBuf(b, nkv, t, d);
  }
}
