package io.ofa4j.runtime.train.fused;

/**
 * {@code Qwen2RMSNorm} (y = x * rsqrt(mean(x^2) + eps) * w over the last axis) and SwiGLU
 * (silu(gate) * up), forward and backward, over row-major float arrays.
 */
final class NormKernels {
  private static final int CHUNKS = 16;

  private NormKernels() {}

  /** x, y [N, H]; w [H]; rinv [N] receives rsqrt(mean(x^2) + eps) for the backward. */
  static void rmsNormForward(float[] x, float[] w, float[] y, float[] rinv, int n, int h, double eps) {
    Parallel.blocks(n, CHUNKS, (from, to) -> {
      for (int r = from; r < to; r++) {
        int o = r * h;
        double ss = 0;
        for (int j = 0; j < h; j++) {
          ss += x[o + j] * x[o + j];
        }
        float inv = (float) (1.0 / Math.sqrt(ss / h + eps));
        rinv[r] = inv;
        for (int j = 0; j < h; j++) {
          y[o + j] = x[o + j] * inv * w[j];
        }
      }
    });
  }

  /**
   * With g = dy * w: dx += r * g - x * r^3 * mean(g * x) (the rsqrt's derivative), and
   * dw = sum over rows of dy * x * r. dx accumulates (it is the residual stream's gradient).
   */
  static void rmsNormBackward(
      float[] x, float[] w, float[] rinv, float[] dy, float[] dx, float[] dw, int n, int h) {
    Parallel.blocks(n, CHUNKS, (from, to) -> {
      for (int r = from; r < to; r++) {
        int o = r * h;
        double dot = 0;
        for (int j = 0; j < h; j++) {
          dot += dy[o + j] * w[j] * x[o + j];
        }
        float inv = rinv[r];
        float c = (float) (dot / h) * inv * inv * inv;
        for (int j = 0; j < h; j++) {
          dx[o + j] += inv * dy[o + j] * w[j] - x[o + j] * c;
        }
      }
    });
    double[] acc = new double[h];
    for (int r = 0; r < n; r++) {
      int o = r * h;
      float inv = rinv[r];
      for (int j = 0; j < h; j++) {
        acc[j] += dy[o + j] * x[o + j] * inv;
      }
    }
    for (int j = 0; j < h; j++) {
      dw[j] = (float) acc[j];
    }
  }

  /** act = silu(gate) * up, all [N*I]. */
  static void swigluForward(float[] gate, float[] up, float[] act) {
    Parallel.blocks(act.length, CHUNKS, (from, to) -> {
      for (int i = from; i < to; i++) {
        float g = gate[i];
        act[i] = g / (1f + (float) Math.exp(-g)) * up[i];
      }
    });
  }

  /** dgate = dact * up * silu'(gate), dup = dact * silu(gate); silu'(g) = s + g s (1 - s), s = sigmoid(g). */
  static void swigluBackward(float[] gate, float[] up, float[] dact, float[] dgate, float[] dup) {
    Parallel.blocks(dact.length, CHUNKS, (from, to) -> {
      for (int i = from; i < to; i++) {
        float g = gate[i];
        float s = 1f / (1f + (float) Math.exp(-g));
        dgate[i] = dact[i] * up[i] * (s + g * s * (1f - s));
        dup[i] = dact[i] * g * s;
      }
    });
  }

  /** db[c] = sum over rows of d[r, c] for d [N, C]. */
  static void columnSums(float[] d, int n, int c, float[] db) {
    double[] acc = new double[c];
    for (int r = 0; r < n; r++) {
      int o = r * c;
      for (int j = 0; j < c; j++) {
        acc[j] += d[o + j];
      }
    }
    for (int j = 0; j < c; j++) {
      db[j] = (float) acc[j];
    }
  }
}
