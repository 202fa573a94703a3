package io.ofa4j.modality.rope;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Qwen2-VL multimodal rotary embedding (M-RoPE): {@code Qwen2VLRotaryEmbedding} and
 * {@code apply_multimodal_rotary_pos_emb} of transformers 4.57.1.
 *
 * <p>The head dimension is split into the doubled section list (for {@code [16, 24, 24]}:
 * {@code [16,24,24,16,24,24]} channels); block {@code i} takes its angle from position axis
 * {@code i % 3} (temporal, height, width). Then {@code x * cos + rotate_half(x) * sin}, with
 * {@code rotate_half(x) = cat(-x[d/2:], x[:d/2])}. Angles are computed in float32 as the
 * reference does.
 *
 * @param headDim channels per head (128 for Qwen2-VL)
 * @param ropeTheta base of the inverse frequencies ({@code rope_theta}, 1e6)
 * @param mropeSection channels per axis in one half ({@code mrope_section}; sums to headDim/2)
 */
public record MultimodalRotary(int headDim, double ropeTheta, int[] mropeSection) {

  /** Validates that the sections cover half the head. */
  public MultimodalRotary {
    requireNonNull(mropeSection, "mropeSection is null");
    if (headDim <= 0 || headDim % 2 != 0) {
      throw new IllegalArgumentException("head_dim must be positive and even, found " + headDim);
    }
    if (mropeSection.length != 3 || Arrays.stream(mropeSection).sum() * 2 != headDim) {
      throw new IllegalArgumentException("mrope_section must be 3 values summing to head_dim/2 = " + headDim / 2
          + ", found " + Arrays.toString(mropeSection));
    }
    mropeSection = mropeSection.clone();
  }

  /** Cos and sin per token: each {@code [B, T, headDim]}. */
  public record CosSin(float[][][] cos, float[][][] sin) {

    /** Cosines as an ND4J array {@code [B, 1, T, headDim]}, broadcastable over heads. */
    public INDArray cosArray() {
      return toArray(cos);
    }

    /** Sines as an ND4J array {@code [B, 1, T, headDim]}, broadcastable over heads. */
    public INDArray sinArray() {
      return toArray(sin);
    }

    private static INDArray toArray(float[][][] v) {
      int b = v.length;
      int t = b == 0 ? 0 : v[0].length;
      int d = t == 0 ? 0 : v[0][0].length;
      float[] flat = new float[b * t * d];
      for (int i = 0; i < b; i++) {
        for (int j = 0; j < t; j++) {
          System.arraycopy(v[i][j], 0, flat, (i * t + j) * d, d);
        }
      }
      return Nd4j.create(flat, new long[] {b, 1, t, d}, 'c');
    }
  }

  /** Angles for positions {@code [3, B, T]}, with each channel block taken from its axis. */
  public CosSin cosSin(long[][][] positionIds) {
    requireNonNull(positionIds, "positionIds is null");
    if (positionIds.length != 3) {
      throw new IllegalArgumentException("position_ids must be [3, B, T], found leading axis " + positionIds.length);
    }
    int half = headDim / 2;
    float[] invFreq = new float[half];
    for (int i = 0; i < half; i++) {
      // 1 / base^(arange(0, d, 2).float() / d), in float32 as torch does.
      invFreq[i] = 1.0f / (float) Math.pow((float) ropeTheta, (float) (2 * i) / headDim);
    }
    int[] axisOfChannel = new int[headDim];
    int c = 0;
    for (int rep = 0; rep < 2; rep++) {
      for (int s = 0; s < 3; s++) {
        for (int j = 0; j < mropeSection[s]; j++) {
          axisOfChannel[c++] = s;
        }
      }
    }
    int batch = positionIds[0].length;
    int seq = batch == 0 ? 0 : positionIds[0][0].length;
    float[][][] cos = new float[batch][seq][headDim];
    float[][][] sin = new float[batch][seq][headDim];
    for (int b = 0; b < batch; b++) {
      for (int t = 0; t < seq; t++) {
        for (int ch = 0; ch < headDim; ch++) {
          float angle = invFreq[ch % half] * (float) positionIds[axisOfChannel[ch]][b][t];
          cos[b][t][ch] = (float) Math.cos(angle);
          sin[b][t][ch] = (float) Math.sin(angle);
        }
      }
    }
    return new CosSin(cos, sin);
  }

  /**
   * Rotates {@code x} of shape {@code [B, heads, T, headDim]} (row-major) in float32 and returns
   * the rotated copy.
   */
  public float[] apply(float[] x, int heads, CosSin cs) {
    requireNonNull(x, "x is null");
    requireNonNull(cs, "cs is null");
    int batch = cs.cos().length;
    int seq = batch == 0 ? 0 : cs.cos()[0].length;
    long expected = (long) batch * heads * seq * headDim;
    if (x.length != expected) {
      throw new IllegalArgumentException("x must be [" + batch + ", " + heads + ", " + seq + ", " + headDim
          + "] = " + expected + " values, found " + x.length);
    }
    int half = headDim / 2;
    float[] out = new float[x.length];
    for (int b = 0; b < batch; b++) {
      for (int h = 0; h < heads; h++) {
        for (int t = 0; t < seq; t++) {
          int base = ((b * heads + h) * seq + t) * headDim;
          float[] cos = cs.cos()[b][t];
          float[] sin = cs.sin()[b][t];
          for (int d = 0; d < headDim; d++) {
            float rotated = d < half ? -x[base + d + half] : x[base + d - half];
            out[base + d] = x[base + d] * cos[d] + rotated * sin[d];
          }
        }
      }
    }
    return out;
  }
}
