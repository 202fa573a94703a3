package io.ofa4j.runtime.train;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.model.Qwen2Config;
import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Turns a {@link TrainBatch} into the placeholder arrays of the {@link Qwen2GraphBuilder} graph:
 * the additive attention bias (causal and padding), RoPE tables, flat labels and per-token loss
 * weights. Small per-element loops in plain Java: these arrays are built once per micro-batch and
 * an ND4J op per element would cost far more than the arithmetic.
 */
final class DecoderFeeds {
  /** Added to masked attention scores; exp underflows to exactly 0 in float32 and float64. */
  static final double MASKED = -1e9;

  private DecoderFeeds() {}

  /**
   * All placeholders except {@code inputs_embeds}.
   *
   * @param normalizer the mean's denominator (loss tokens over all micro-batches of the step)
   */
  static Map<String, INDArray> build(Qwen2Config config, TrainBatch batch, double normalizer, DataType dtype) {
    requireNonNull(batch, "batch is null");
    if (!(normalizer > 0)) {
      throw new IllegalArgumentException("normalizer (" + normalizer + ") must be > 0");
    }
    Map<String, INDArray> feeds = new HashMap<>();
    feeds.put(Qwen2GraphBuilder.ATTENTION_BIAS, attentionBias(batch, dtype));
    INDArray[] rope = ropeTables(batch.positionIds(), config.headDim(), config.ropeTheta(), dtype);
    feeds.put(Qwen2GraphBuilder.ROPE_COS, rope[0]);
    feeds.put(Qwen2GraphBuilder.ROPE_SIN, rope[1]);
    int b = batch.batchSize();
    int t = batch.seqLen();
    int[] labels = new int[b * t];
    double[] weights = new double[b * t];
    for (int r = 0; r < b; r++) {
      for (int c = 0; c < t; c++) {
        int label = batch.labels()[r][c];
        if (label == TrainBatch.IGNORE_INDEX) {
          continue; // label 0 with weight 0: one-hot stays well defined
        }
        if (label < 0 || label >= config.vocabSize()) {
          throw new IllegalArgumentException("labels[" + r + "][" + c + "] = " + label
              + " is outside [0, vocab_size " + config.vocabSize() + ")");
        }
        labels[r * t + c] = label;
        weights[r * t + c] = batch.lossMask()[r][c] * batch.exampleWeights()[r] / normalizer;
      }
    }
    feeds.put(Qwen2GraphBuilder.LABELS, Nd4j.createFromArray(labels)); // [B*T]
    feeds.put(Qwen2GraphBuilder.TOKEN_WEIGHTS,
        Nd4j.createFromArray(weights).castTo(dtype).reshape((long) b * t, 1)); // [B*T, 1]
    return feeds;
  }

  /** [B, 1, T, T]: 0 where query i may see key j (j <= i and j is not padding), else {@link #MASKED}. */
  static INDArray attentionBias(TrainBatch batch, DataType dtype) {
    int b = batch.batchSize();
    int t = batch.seqLen();
    double[] bias = new double[b * t * t];
    for (int r = 0; r < b; r++) {
      int[] attend = batch.attentionMask()[r];
      for (int i = 0; i < t; i++) {
        int row = (r * t + i) * t;
        for (int j = 0; j < t; j++) {
          bias[row + j] = j <= i && attend[j] != 0 ? 0.0 : MASKED;
        }
      }
    }
    return Nd4j.createFromArray(bias).castTo(dtype).reshape(b, 1, t, t);
  }

  /**
   * HF {@code Qwen2RotaryEmbedding}: inv_freq[i] = theta^(-2i/D), angle = pos * inv_freq,
   * emb = cat(angle, angle); returns {cos, sin}, each [B, 1, T, D], computed in float64.
   */
  static INDArray[] ropeTables(int[][] positions, int d, double theta, DataType dtype) {
    int b = positions.length;
    int t = positions[0].length;
    int half = d / 2;
    double[] invFreq = new double[half];
    for (int i = 0; i < half; i++) {
      invFreq[i] = 1.0 / Math.pow(theta, (2.0 * i) / d);
    }
    double[] cos = new double[b * t * d];
    double[] sin = new double[b * t * d];
    for (int r = 0; r < b; r++) {
      for (int c = 0; c < t; c++) {
        int base = (r * t + c) * d;
        for (int i = 0; i < half; i++) {
          double angle = positions[r][c] * invFreq[i];
          cos[base + i] = cos[base + i + half] = Math.cos(angle);
          sin[base + i] = sin[base + i + half] = Math.sin(angle);
        }
      }
    }
    return new INDArray[] {
      Nd4j.createFromArray(cos).castTo(dtype).reshape(b, 1, t, d),
      Nd4j.createFromArray(sin).castTo(dtype).reshape(b, 1, t, d)
    };
  }

  /**
   * M-RoPE addition (Qwen2-VL): {@code [B, 1, T, D]} cos/sin where channel block {@code a} of
   * {@code section} (temporal, height, width; doubled over both halves as HF's
   * {@code apply_multimodal_rotary_pos_emb} does) takes its angle from axis {@code a} of
   * {@code positions [3][B][T]}.
   */
  static INDArray[] mropeTables(long[][][] positions, int d, double theta, int[] section, DataType dtype) {
    if (positions.length != 3) {
      throw new IllegalArgumentException("M-RoPE positions have " + positions.length + " axes, expected 3");
    }
    int b = positions[0].length;
    int t = positions[0][0].length;
    int half = d / 2;
    int[] axisOf = MropeSection.axisOfChannel(section, half);
    double[] cos = new double[b * t * d];
    double[] sin = new double[b * t * d];
    for (int r = 0; r < b; r++) {
      for (int c = 0; c < t; c++) {
        int base = (r * t + c) * d;
        for (int i = 0; i < half; i++) {
          double angle = positions[axisOf[i]][r][c] / Math.pow(theta, (2.0 * i) / d);
          cos[base + i] = cos[base + i + half] = Math.cos(angle);
          sin[base + i] = sin[base + i + half] = Math.sin(angle);
        }
      }
    }
    return new INDArray[] {
      Nd4j.createFromArray(cos).castTo(dtype).reshape(b, 1, t, d),
      Nd4j.createFromArray(sin).castTo(dtype).reshape(b, 1, t, d)
    };
  }
}
