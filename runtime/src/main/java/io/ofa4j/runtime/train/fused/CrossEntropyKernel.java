package io.ofa4j.runtime.train.fused;

import java.util.Arrays;

/**
 * Weighted token cross-entropy with PyTorch label smoothing (target = (1 - eps) one_hot + eps / V)
 * over logits [N, V], written as one pass that also leaves d(loss)/d(logits) in place of the
 * logits: w * (softmax - (1 - eps) one_hot - eps / V).
 */
final class CrossEntropyKernel {
  private CrossEntropyKernel() {}

  /**
   * @param logits [N, V]; overwritten with the gradient
   * @param labels [N] (any value where the weight is 0)
   * @param weights [N] per-token loss weight (mask * example weight / normalizer)
   * @return the weighted loss sum
   */
  static double lossAndGradient(float[] logits, int[] labels, float[] weights, int n, int v, double smoothing) {
    double[] perRow = new double[n];
    float offValue = (float) (smoothing / v);
    float onValue = (float) (1 - smoothing);
    Parallel.blocks(n, 16, (from, to) -> {
      for (int r = from; r < to; r++) {
        int o = r * v;
        float w = weights[r];
        if (w == 0f) {
          Arrays.fill(logits, o, o + v, 0f);
          continue;
        }
        float max = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < v; j++) {
          max = Math.max(max, logits[o + j]);
        }
        float sLabel = logits[o + labels[r]] - max;
        double sum = 0;
        double sumShifted = 0;
        for (int j = 0; j < v; j++) {
          float s = logits[o + j] - max;
          sumShifted += s;
          float e = (float) Math.exp(s);
          logits[o + j] = e;
          sum += e;
        }
        double lse = Math.log(sum);
        double perToken = (lse - sLabel) * (1 - smoothing) + (lse - sumShifted / v) * smoothing;
        perRow[r] = w * perToken;
        float inv = (float) (1.0 / sum);
        for (int j = 0; j < v; j++) {
          logits[o + j] = w * (logits[o + j] * inv - offValue);
        }
        logits[o + labels[r]] -= w * onValue;
      }
    });
    double loss = 0;
    for (double x : perRow) {
      loss += x;
    }
    return loss;
  }
}
