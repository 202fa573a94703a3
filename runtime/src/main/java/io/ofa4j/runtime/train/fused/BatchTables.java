package io.ofa4j.runtime.train.fused;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.train.MropeSection;
import io.ofa4j.runtime.train.TrainBatch;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Per-batch inputs of the fused step: RoPE tables, labels and token loss weights, the embedding
 * lookup and the scatter-add of its gradient (repeated ids accumulate).
 */
final class BatchTables {
  private BatchTables() {}

  /**
   * Fills cos/sin (HF {@code Qwen2RotaryEmbedding}: angle = pos * theta^(-2i/D), computed in
   * float64), labels and weights = mask * example weight / normalizer (0 where ignored).
   *
   * @param mrope M-RoPE addition: 3-axis positions {@code [3][B][T]}, or null for the batch's 1-D
   *     positions. Rotary channel i then takes its angle from the axis whose {@code mrope_section}
   *     block holds it, computed as the SameDiff graph's tables do (position / theta^(2i/D))
   */
  static void fill(Qwen2Config config, TrainBatch batch, double normalizer, StepBuffers buf, long[][][] mrope) {
    int b = buf.batch;
    int t = buf.seq;
    int d = config.headDim();
    int half = d / 2;
    double[] invFreq = new double[half];
    double[] base = new double[half]; // theta^(2i/D)
    for (int i = 0; i < half; i++) {
      base[i] = Math.pow(config.ropeTheta(), (2.0 * i) / d);
      invFreq[i] = 1.0 / base[i];
    }
    int[] axisOf = null;
    if (mrope != null) {
      MropeSection.checkShape(mrope, b, t);
      axisOf = MropeSection.axisOfChannel(MropeSection.of(config), half);
    }
    for (int r = 0; r < b; r++) {
      for (int c = 0; c < t; c++) {
        int n = r * t + c;
        for (int i = 0; i < half; i++) {
          double angle = axisOf == null
              ? batch.positionIds()[r][c] * invFreq[i]
              : mrope[axisOf[i]][r][c] / base[i];
          buf.cos[n * half + i] = (float) Math.cos(angle);
          buf.sin[n * half + i] = (float) Math.sin(angle);
        }
        int label = batch.labels()[r][c];
        if (label == TrainBatch.IGNORE_INDEX) {
          buf.labels[n] = 0;
          buf.weights[n] = 0f;
          continue;
        }
        if (label < 0 || label >= config.vocabSize()) {
          throw new IllegalArgumentException("labels[" + r + "][" + c + "] = " + label
              + " is outside [0, vocab_size " + config.vocabSize() + ")");
        }
        buf.labels[n] = label;
        buf.weights[n] = (float) (batch.lossMask()[r][c] * batch.exampleWeights()[r] / normalizer);
      }
    }
    buf.attend = batch.attentionMask();
  }

  /** out [B*T, H] = rows of weight [V, H] for ids [B][T]. */
  static void lookup(INDArray weight, int[][] ids, float[] out, int h) {
    FloatBuffer w = FloatBuf.nio(weight);
    int vocab = (int) weight.size(0);
    int t = ids[0].length;
    for (int r = 0; r < ids.length; r++) {
      for (int c = 0; c < t; c++) {
        int id = ids[r][c];
        if (id < 0 || id >= vocab) {
          throw new IllegalArgumentException(
              "inputIds[" + r + "][" + c + "] = " + id + " is outside [0, vocab_size " + vocab + ")");
        }
        w.get(id * h, out, (r * t + c) * h, h);
      }
    }
  }

  /** target[ids[i], :] += rows[i, :] for target [V, H], rows [B*T, H]. */
  static void scatterAdd(INDArray target, int[][] ids, float[] rows, int h) {
    FloatBuffer dst = FloatBuf.nio(target);
    float[] row = new float[h];
    int t = ids[0].length;
    for (int i = 0; i < ids.length * t; i++) {
      int base = ids[i / t][i % t] * h;
      dst.get(base, row, 0, h);
      for (int j = 0; j < h; j++) {
        row[j] += rows[i * h + j];
      }
      dst.put(base, row, 0, h);
    }
  }
}
