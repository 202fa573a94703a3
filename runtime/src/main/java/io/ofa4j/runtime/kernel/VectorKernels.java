package io.ofa4j.runtime.kernel;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API kernels over little-endian F32 weights held in (off-heap) {@link ByteBuffer}s and
 * activations held in Java {@code float[]}. Weight matrices are {@code [out, in]} row-major (the
 * PyTorch {@code nn.Linear} layout), so a product reads each weight row once, contiguously.
 */
public final class VectorKernels {
  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final int L = S.length();
  private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;

  private VectorKernels() {}

  /**
   * {@code y[t, o] = sum_i x[t, i] * w[o, i] + b[o]} for rows {@code o} in {@code [o0, o1)} and
   * every token {@code t < n}. Shapes: w {@code [out, in]}, b {@code [out]} or null,
   * x {@code [n, in]}, y {@code [n, out]}.
   */
  public static void linear(ByteBuffer w, ByteBuffer b, float[] x, int n, int in, float[] y,
      int out, int o0, int o1) {
    if (n == 1) {
      // one row at a time: streaming several rows side by side measured 2x slower per core here
      for (int o = o0; o < o1; o++) {
        float acc = dot(w, o * (long) in, x, 0, in);
        y[o] = b == null ? acc : acc + b.getFloat(4 * o);
      }
      return;
    }
    for (int o = o0; o < o1; o++) {
      long row = o * (long) in;
      float bias = b == null ? 0f : b.getFloat(4 * o);
      int t = 0;
      // four tokens per pass: each weight vector is loaded once and used four times
      for (; t + 4 <= n; t += 4) {
        dot4(w, row, x, t * in, in, y, t * out + o, out, bias);
      }
      for (; t < n; t++) {
        y[t * out + o] = dot(w, row, x, t * in, in) + bias;
      }
    }
  }

  /**
   * {@code sum_i w[wRow + i] * x[xOff + i]} for {@code i < len}; wRow counts floats. One vector
   * accumulator, the same summation order as {@link #dot4}, so a token's result does not depend
   * on how many tokens share the call (batched and unbatched decoding agree bit for bit).
   */
  public static float dot(ByteBuffer w, long wRow, float[] x, int xOff, int len) {
    int wb = (int) (wRow * 4);
    FloatVector a0 = FloatVector.zero(S);
    int i = 0;
    for (int bound = len - L; i <= bound; i += L) {
      a0 = FloatVector.fromByteBuffer(S, w, wb + 4 * i, LE).fma(FloatVector.fromArray(S, x, xOff + i), a0);
    }
    float acc = a0.reduceLanes(VectorOperators.ADD);
    for (; i < len; i++) {
      acc += w.getFloat(wb + 4 * i) * x[xOff + i];
    }
    return acc;
  }

  /** Four dot products of one weight row with four consecutive rows of x. */
  private static void dot4(ByteBuffer w, long wRow, float[] x, int xOff, int len, float[] y,
      int yOff, int yStride, float bias) {
    int wb = (int) (wRow * 4);
    FloatVector a0 = FloatVector.zero(S);
    FloatVector a1 = FloatVector.zero(S);
    FloatVector a2 = FloatVector.zero(S);
    FloatVector a3 = FloatVector.zero(S);
    int i = 0;
    for (int bound = len - L; i <= bound; i += L) {
      FloatVector wv = FloatVector.fromByteBuffer(S, w, wb + 4 * i, LE);
      a0 = wv.fma(FloatVector.fromArray(S, x, xOff + i), a0);
      a1 = wv.fma(FloatVector.fromArray(S, x, xOff + len + i), a1);
      a2 = wv.fma(FloatVector.fromArray(S, x, xOff + 2 * len + i), a2);
      a3 = wv.fma(FloatVector.fromArray(S, x, xOff + 3 * len + i), a3);
    }
    float s0 = a0.reduceLanes(VectorOperators.ADD);
    float s1 = a1.reduceLanes(VectorOperators.ADD);
    float s2 = a2.reduceLanes(VectorOperators.ADD);
    float s3 = a3.reduceLanes(VectorOperators.ADD);
    for (; i < len; i++) {
      float wi = w.getFloat(wb + 4 * i);
      s0 += wi * x[xOff + i];
      s1 += wi * x[xOff + len + i];
      s2 += wi * x[xOff + 2 * len + i];
      s3 += wi * x[xOff + 3 * len + i];
    }
    y[yOff] = s0 + bias;
    y[yOff + yStride] = s1 + bias;
    y[yOff + 2 * yStride] = s2 + bias;
    y[yOff + 3 * yStride] = s3 + bias;
  }

  /** {@code sum_i a[aOff + i] * b[bOff + i]} over Java arrays. */
  public static float dot(float[] a, int aOff, float[] b, int bOff, int len) {
    FloatVector acc = FloatVector.zero(S);
    int i = 0;
    for (int bound = len - L; i <= bound; i += L) {
      acc = FloatVector.fromArray(S, a, aOff + i).fma(FloatVector.fromArray(S, b, bOff + i), acc);
    }
    float s = acc.reduceLanes(VectorOperators.ADD);
    for (; i < len; i++) {
      s += a[aOff + i] * b[bOff + i];
    }
    return s;
  }

  /** {@code y[yOff + i] += alpha * x[xOff + i]} for {@code i < len}. */
  public static void axpy(float alpha, float[] x, int xOff, float[] y, int yOff, int len) {
    int i = 0;
    FloatVector av = FloatVector.broadcast(S, alpha);
    for (int bound = len - L; i <= bound; i += L) {
      FloatVector.fromArray(S, x, xOff + i).fma(av, FloatVector.fromArray(S, y, yOff + i))
          .intoArray(y, yOff + i);
    }
    for (; i < len; i++) {
      y[yOff + i] += alpha * x[xOff + i];
    }
  }

  /**
   * RMSNorm ({@code Qwen2RMSNorm}): {@code y = w * x / sqrt(mean(x^2) + eps)} over one row of
   * {@code len} values; w is an F32 buffer of {@code [len]}.
   */
  public static void rmsNorm(float[] x, int xOff, int len, ByteBuffer w, float eps, float[] y,
      int yOff) {
    float ss = dot(x, xOff, x, xOff, len);
    float inv = (float) (1.0 / Math.sqrt(ss / len + eps));
    int i = 0;
    FloatVector iv = FloatVector.broadcast(S, inv);
    for (int bound = len - L; i <= bound; i += L) {
      FloatVector.fromArray(S, x, xOff + i).mul(iv).mul(FloatVector.fromByteBuffer(S, w, 4 * i, LE))
          .intoArray(y, yOff + i);
    }
    for (; i < len; i++) {
      y[yOff + i] = w.getFloat(4 * i) * (x[xOff + i] * inv);
    }
  }

  /** SwiGLU gate in place: {@code gate[i] = silu(gate[i]) * up[i]} for {@code i < len}. */
  public static void siluMul(float[] gate, float[] up, int len) {
    siluMul(gate, up, 0, len);
  }

  /** {@link #siluMul(float[], float[], int)} over {@code [off, off + len)}. */
  public static void siluMul(float[] gate, float[] up, int off, int len) {
    for (int i = off; i < off + len; i++) {
      float g = gate[i];
      gate[i] = g / (1f + (float) Math.exp(-g)) * up[i];
    }
  }
}
