package io.ofa4j.runtime.model;

import io.ofa4j.runtime.kernel.Bf16Kernels;
import io.ofa4j.runtime.kernel.ParallelRunner;
import io.ofa4j.runtime.kernel.VectorKernels;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * One eager forward pass over a flat list of N tokens that may belong to different rows of a
 * {@link KvCache}: every Linear reads its weights once for all N tokens, and attention looks at
 * each token's own row only. A padded batch, a ragged prefill and a one-token decode step are all
 * such lists. Reading order follows {@code modeling_qwen2.py}: embed, per layer (input RMSNorm,
 * attention with q/k/v bias and RoPE, residual, post-attention RMSNorm, SwiGLU MLP, residual),
 * final norm, LM head. Per decoder layer there are five parallel sections (q/k/v, attention,
 * o_proj, gate/up with the SwiGLU product, down_proj); matrices are F32 or, when the weights say
 * so, BF16 ({@link Bf16Kernels}: half the bytes streamed per decoded token).
 */
final class Qwen2Forward {
  private static final int ROW_ALIGN = 16;

  private final Qwen2Config config;
  private final Qwen2RotaryEmbedding rotary;
  private final ParallelRunner runner;
  private final int chunks; // parallel sections are cut in more chunks than threads (stragglers)

  Qwen2Forward(Qwen2Config config, ParallelRunner runner) {
    this.config = config;
    this.rotary = new Qwen2RotaryEmbedding(config);
    this.runner = runner;
    this.chunks = runner.threads() == 1 ? 1 : 4 * runner.threads();
  }

  /**
   * Runs the decoder over N tokens and appends their keys and values to {@code cache}.
   *
   * @param w weights of this pass
   * @param x input embeddings {@code [N, H]}, overwritten (on return: final-normed hidden states)
   * @param rows cache row of each token {@code [N]}; a row's tokens in order
   * @param positions RoPE position of each token {@code [N]}
   * @param cache KV cache; row lengths grow by the tokens given
   * @param logitRows tokens whose logits are wanted, or null for none
   * @param logitsOut where to write the logits, or null to allocate; a reused buffer keeps a
   *     151936-wide vocabulary from producing 0.6 MB of garbage per decoded token
   * @param mrope M-RoPE addition: per token {@code [N][3]} temporal/height/width positions (then
   *     {@code positions} is unused), or {@code null} for 1-D RoPE
   * @return logits {@code [logitRows.length, vocab]}, row-major ({@code logitsOut} when it is
   *     large enough)
   */
  float[] run(Qwen2Weights w, float[] x, int[] rows, int[] positions, KvCache cache,
      int[] logitRows, float[] logitsOut, int[][] mrope) {
    int[] section = mrope == null ? null : mropeSection();
    int n = rows.length;
    int h = config.hiddenSize();
    int d = config.headDim();
    int qd = config.numAttentionHeads() * d;
    int kvd = config.numKeyValueHeads() * d;
    int inter = config.intermediateSize();
    float eps = (float) config.rmsNormEps();
    int[] slots = new int[n];
    int[] fill = cache.lengths.clone();
    for (int t = 0; t < n; t++) {
      slots[t] = fill[rows[t]]++;
    }
    float[] normed = new float[n * h]; // [N, H]
    float[] q = new float[n * qd]; // [N, heads * D]
    float[] k = new float[n * kvd]; // [N, kvHeads * D]
    float[] v = new float[n * kvd];
    float[] attn = new float[n * qd];
    float[] proj = new float[n * h];
    float[] gate = new float[n * inter]; // [N, I]
    float[] up = new float[n * inter];
    boolean bf16 = w.bf16();
    // BF16 matrices read their input in Bf16Kernels.pairSplit order: one reordered copy per input
    float[] normedIn = bf16 ? new float[n * h] : normed;
    float[] attnIn = bf16 ? new float[n * qd] : attn;
    float[] gateIn = bf16 ? new float[n * inter] : gate;
    float[] cos = new float[d / 2];
    float[] sin = new float[d / 2];
    for (int l = 0; l < w.layers().length; l++) {
      Qwen2Weights.Layer layer = w.layers()[l];
      // --- Qwen2Attention: x + o_proj(attention(rope(q), rope(k), v)) ---
      for (int t = 0; t < n; t++) {
        VectorKernels.rmsNorm(x, t * h, h, layer.inputLayernorm(), eps, normed, t * h);
      }
      split(bf16, normed, n, h, normedIn);
      // q, k and v in one section: one hand-off to the workers instead of three
      runner.run(chunks, m -> {
        linearShare(bf16, layer.qProj(), layer.qBias(), normedIn, n, h, q, qd, m);
        linearShare(bf16, layer.kProj(), layer.kBias(), normedIn, n, h, k, kvd, m);
        linearShare(bf16, layer.vProj(), layer.vBias(), normedIn, n, h, v, kvd, m);
      });
      for (int t = 0; t < n; t++) {
        if (mrope == null) {
          rotary.apply(q, t * qd, config.numAttentionHeads(), positions[t], cos, sin);
          rotary.apply(k, t * kvd, config.numKeyValueHeads(), positions[t], cos, sin);
        } else {
          rotary.applySections(q, t * qd, config.numAttentionHeads(), mrope[t], section, cos, sin);
          rotary.applySections(k, t * kvd, config.numKeyValueHeads(), mrope[t], section, cos, sin);
        }
        store(cache, l, rows[t], slots[t], k, v, t * kvd);
      }
      int window = slidingWindow(l);
      int layerIndex = l;
      runner.run(chunks, m -> attention(cache, layerIndex, q, attn, rows, slots, n, window, m));
      split(bf16, attn, n, qd, attnIn);
      runner.run(chunks, m -> linearShare(bf16, layer.oProj(), null, attnIn, n, qd, proj, h, m));
      add(x, proj);
      // --- Qwen2MLP: x + down_proj(silu(gate_proj(x)) * up_proj(x)) ---
      for (int t = 0; t < n; t++) {
        VectorKernels.rmsNorm(x, t * h, h, layer.postAttentionLayernorm(), eps, normed, t * h);
      }
      split(bf16, normed, n, h, normedIn);
      // gate, up and the SwiGLU product of the same rows in one section
      runner.run(chunks, m -> {
        int o0 = ParallelRunner.start(inter, chunks, m, ROW_ALIGN);
        int o1 = ParallelRunner.end(inter, chunks, m, ROW_ALIGN);
        linearRows(bf16, layer.gateProj(), null, normedIn, n, h, gate, inter, o0, o1);
        linearRows(bf16, layer.upProj(), null, normedIn, n, h, up, inter, o0, o1);
        for (int t = 0; t < n; t++) {
          VectorKernels.siluMul(gate, up, t * inter + o0, o1 - o0);
        }
      });
      split(bf16, gate, n, inter, gateIn);
      runner.run(chunks, m -> linearShare(bf16, layer.downProj(), null, gateIn, n, inter, proj, h, m));
      add(x, proj);
    }
    System.arraycopy(fill, 0, cache.lengths, 0, fill.length);
    for (int t = 0; t < n; t++) {
      VectorKernels.rmsNorm(x, t * h, h, w.norm(), eps, x, t * h);
    }
    if (logitRows == null || logitRows.length == 0) {
      return new float[0];
    }
    // --- lm_head over the wanted tokens only: [M, H] x [vocab, H]^T ---
    int mRows = logitRows.length;
    float[] sel = new float[mRows * h];
    for (int i = 0; i < mRows; i++) {
      System.arraycopy(x, logitRows[i] * h, sel, i * h, h);
    }
    int vocab = config.vocabSize();
    float[] logits = logitsOut != null && logitsOut.length >= mRows * vocab
        ? logitsOut : new float[mRows * vocab];
    float[] selIn = bf16 ? new float[mRows * h] : sel;
    split(bf16, sel, mRows, h, selIn);
    runner.run(chunks, m -> linearShare(bf16, w.lmHead(), null, selIn, mRows, h, logits, vocab, m));
    return logits;
  }

  /** Chunk {@code m}'s share of the output rows of one Linear. */
  private void linearShare(boolean bf16, ByteBuffer weight, ByteBuffer bias, float[] in, int n,
      int inDim, float[] out, int outDim, int m) {
    int o0 = ParallelRunner.start(outDim, chunks, m, ROW_ALIGN);
    int o1 = ParallelRunner.end(outDim, chunks, m, ROW_ALIGN);
    linearRows(bf16, weight, bias, in, n, inDim, out, outDim, o0, o1);
  }

  /** Output rows {@code [o0, o1)} of one Linear; {@code in} is pair-split when {@code bf16}. */
  private static void linearRows(boolean bf16, ByteBuffer weight, ByteBuffer bias, float[] in,
      int n, int inDim, float[] out, int outDim, int o0, int o1) {
    if (bf16) {
      Bf16Kernels.linear(weight, bias, in, n, inDim, out, outDim, o0, o1);
    } else {
      VectorKernels.linear(weight, bias, in, n, inDim, out, outDim, o0, o1);
    }
  }

  /** The BF16 kernels' input order of {@code x [n, len]} into {@code dst}; nothing for F32. */
  private static void split(boolean bf16, float[] x, int n, int len, float[] dst) {
    if (bf16) {
      Bf16Kernels.pairSplit(x, n, len, dst);
    }
  }

  /** HF semantics: layers at or above {@code max_window_layers} use the window when enabled. */
  private int slidingWindow(int layer) {
    return config.useSlidingWindow() && layer >= config.maxWindowLayers()
        ? config.slidingWindow() : Integer.MAX_VALUE;
  }

  private static void store(KvCache cache, int layer, int row, int slot, float[] k, float[] v,
      int off) {
    int d = cache.headDim;
    for (int kh = 0; kh < cache.kvHeads; kh++) {
      int dst = cache.offset(row, kh, slot);
      System.arraycopy(k, off + kh * d, cache.keys[layer], dst, d);
      System.arraycopy(v, off + kh * d, cache.values[layer], dst, d);
    }
  }

  /**
   * Scaled dot-product attention of chunk {@code m}'s share of (token, head) pairs: query head
   * {@code qh} reads KV head {@code qh / groups} (HF {@code repeat_kv}), keys at slots
   * {@code <= slot} of the token's row (causal), within the sliding window if any.
   */
  private void attention(KvCache cache, int layer, float[] q, float[] out, int[] rows,
      int[] slots, int n, int window, int m) {
    int heads = config.numAttentionHeads();
    int d = config.headDim();
    int groups = config.numKeyValueGroups();
    float scale = (float) (1.0 / Math.sqrt(d));
    int total = n * heads;
    int p0 = ParallelRunner.start(total, chunks, m, 1);
    int p1 = ParallelRunner.end(total, chunks, m, 1);
    float[] scores = new float[cache.maxLength];
    float[] keys = cache.keys[layer];
    float[] values = cache.values[layer];
    for (int p = p0; p < p1; p++) {
      int t = p / heads;
      int qh = p % heads;
      int kh = qh / groups;
      int qOff = (t * heads + qh) * d;
      int last = slots[t];
      int first = window == Integer.MAX_VALUE ? 0 : Math.max(0, last - window + 1);
      int base = cache.offset(rows[t], kh, 0);
      float max = Float.NEGATIVE_INFINITY;
      for (int s = first; s <= last; s++) {
        float sc = VectorKernels.dot(q, qOff, keys, base + s * d, d) * scale;
        scores[s] = sc;
        max = Math.max(max, sc);
      }
      double sum = 0;
      for (int s = first; s <= last; s++) {
        float e = (float) Math.exp(scores[s] - max);
        scores[s] = e;
        sum += e;
      }
      float inv = (float) (1.0 / sum);
      Arrays.fill(out, qOff, qOff + d, 0f);
      for (int s = first; s <= last; s++) {
        VectorKernels.axpy(scores[s] * inv, values, base + s * d, out, qOff, d);
      }
    }
  }

  private static void add(float[] x, float[] y) {
    for (int i = 0; i < x.length; i++) {
      x[i] += y[i];
    }
  }

  /** M-RoPE addition: the config's {@code mrope_section}, required once 3-axis positions are given. */
  private int[] mropeSection() {
    int[] section = config.mropeSection();
    if (section == null) {
      throw new IllegalArgumentException("3-axis (M-RoPE) positions need rope_scaling.mrope_section in the config");
    }
    return section;
  }
}
