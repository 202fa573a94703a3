package io.ofa4j.runtime.train.fused;

/**
 * The non-matmul parts of {@code Qwen2Attention}: bias + rotate-half RoPE + the [B*T, n*D] ->
 * [B, n, T, D] head split (and their backward), masked scaled softmax (and its backward), and the
 * head merge. Loops run in parallel over batch x heads.
 */
final class AttentionKernels {
  private AttentionKernels() {}

  /**
   * heads[((b n + h) T + t) D + d] = rope(raw[(b T + t), h D + d] + bias[h D + d]).
   *
   * @param cos [B*T, D/2] cos(pos * inv_freq) (HF's emb repeats it over both halves)
   * @param sin [B*T, D/2]
   */
  static void splitHeadsRope(float[] raw, float[] bias, float[] cos, float[] sin, float[] heads,
      int b, int t, int n, int d) {
    int half = d / 2;
    int width = n * d;
    Parallel.range(b * n, bh -> {
      int bi = bh / n;
      int h = bh % n;
      for (int ti = 0; ti < t; ti++) {
        int src = (bi * t + ti) * width + h * d;
        int dst = (bh * t + ti) * d;
        int tab = (bi * t + ti) * half;
        for (int i = 0; i < half; i++) {
          float x1 = raw[src + i] + bias[h * d + i];
          float x2 = raw[src + i + half] + bias[h * d + i + half];
          float c = cos[tab + i];
          float s = sin[tab + i];
          // x * cos + rotate_half(x) * sin, rotate_half(x) = cat(-x2, x1)
          heads[dst + i] = x1 * c - x2 * s;
          heads[dst + i + half] = x2 * c + x1 * s;
        }
      }
    });
  }

  /** Backward of {@link #splitHeadsRope}: draw [B*T, n*D] from dheads [B, n, T, D] (bias grad separately). */
  static void mergeHeadsRopeBackward(float[] dheads, float[] cos, float[] sin, float[] draw,
      int b, int t, int n, int d) {
    int half = d / 2;
    int width = n * d;
    Parallel.range(b * n, bh -> {
      int bi = bh / n;
      int h = bh % n;
      for (int ti = 0; ti < t; ti++) {
        int dst = (bi * t + ti) * width + h * d;
        int src = (bh * t + ti) * d;
        int tab = (bi * t + ti) * half;
        for (int i = 0; i < half; i++) {
          float g1 = dheads[src + i];
          float g2 = dheads[src + i + half];
          float c = cos[tab + i];
          float s = sin[tab + i];
          draw[dst + i] = g1 * c + g2 * s;
          draw[dst + i + half] = g2 * c - g1 * s;
        }
      }
    });
  }

  /** out [B*T, n*D] from heads [B, n, T, D] (HF's transpose(1, 2).reshape); {@code inverse} goes back. */
  static void mergeHeads(float[] heads, float[] out, int b, int t, int n, int d, boolean inverse) {
    int width = n * d;
    Parallel.range(b * n, bh -> {
      int bi = bh / n;
      int h = bh % n;
      for (int ti = 0; ti < t; ti++) {
        int flat = (bi * t + ti) * width + h * d;
        int head = (bh * t + ti) * d;
        if (inverse) {
          System.arraycopy(out, flat, heads, head, d);
        } else {
          System.arraycopy(heads, head, out, flat, d);
        }
      }
    });
  }

  /**
   * scores [B, n, T, T] (raw q.k) -> probabilities in place: softmax(scores * scale + bias) with
   * bias 0 where query i sees key j (j <= i, key not padding) and {@code masked} elsewhere; the
   * same float arithmetic as the SameDiff graph, so fully masked rows behave identically.
   */
  static void maskedSoftmax(float[] scores, int[][] attend, int b, int n, int t, float scale, float masked) {
    Parallel.range(b * n, bh -> {
      int[] keys = attend[bh / n];
      for (int i = 0; i < t; i++) {
        int o = (bh * t + i) * t;
        float max = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < t; j++) {
          float z = scores[o + j] * scale + (j <= i && keys[j] != 0 ? 0f : masked);
          scores[o + j] = z;
          max = Math.max(max, z);
        }
        float sum = 0;
        for (int j = 0; j < t; j++) {
          float e = (float) Math.exp(scores[o + j] - max);
          scores[o + j] = e;
          sum += e;
        }
        float inv = 1f / sum;
        for (int j = 0; j < t; j++) {
          scores[o + j] *= inv;
        }
      }
    });
  }

  /** dprobs -> d(raw scores) in place: scale * p * (dp - sum(dp * p)) per row. */
  static void softmaxBackward(float[] probs, float[] dprobs, int rows, int t, float scale) {
    Parallel.blocks(rows, 16, (from, to) -> {
      for (int r = from; r < to; r++) {
        int o = r * t;
        float dot = 0;
        for (int j = 0; j < t; j++) {
          dot += dprobs[o + j] * probs[o + j];
        }
        for (int j = 0; j < t; j++) {
          dprobs[o + j] = scale * probs[o + j] * (dprobs[o + j] - dot);
        }
      }
    });
  }
}
