package io.ofa4j.runtime.kernel;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API kernels over little-endian BF16 weights ({@code [out, in]} row-major, 2 bytes a
 * value) and F32 activations: half the bytes of {@link VectorKernels} per weight, which is what a
 * memory-bound batch-1 decode step is limited by.
 *
 * <p>How a BF16 row is widened without a 16-to-32-bit lane conversion (slow or absent on JDK 17):
 * one int lane holds two neighbours, value {@code 2j} in its low half and {@code 2j+1} in its high
 * half (little-endian). {@code lane << 16} is value {@code 2j} as an F32 (BF16 is the upper half
 * of an F32) and {@code lane & 0xFFFF0000} is value {@code 2j+1}. The activations are therefore
 * first reordered by {@link #pairSplit} into blocks of {@code 2L} values, evens then odds, so that
 * both halves meet plain contiguous F32 loads.
 */
public final class Bf16Kernels {
  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
  private static final int L = S.length();
  private static final int BLOCK = 2 * L;
  private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;

  static {
    if (I.length() != L) {
      throw new IllegalStateException("int and float preferred species differ: " + I + " vs " + S);
    }
  }

  private Bf16Kernels() {}

  /**
   * Reorders {@code n} rows of {@code len} activations for {@link #dot}: within every full block
   * of {@code 2L} values, the even-indexed values come first, then the odd-indexed ones; a
   * trailing partial block is copied as is. Shapes: x and dst {@code [n, len]}.
   */
  public static void pairSplit(float[] x, int n, int len, float[] dst) {
    for (int t = 0; t < n; t++) {
      int off = t * len;
      int i = 0;
      for (; i + BLOCK <= len; i += BLOCK) {
        for (int j = 0; j < L; j++) {
          dst[off + i + j] = x[off + i + 2 * j];
          dst[off + i + L + j] = x[off + i + 2 * j + 1];
        }
      }
      System.arraycopy(x, off + i, dst, off + i, len - i);
    }
  }

  /**
   * {@code y[t, o] = sum_i x[t, i] * w[o, i] + b[o]} for rows {@code o} in {@code [o0, o1)} and
   * tokens {@code t < n}; w is BF16 {@code [out, in]}, b an F32 {@code [out]} buffer or null,
   * xs the {@link #pairSplit} form of x {@code [n, in]}, y {@code [n, out]}. Every token's sum
   * runs in {@link #dot}'s order whichever path computes it, so results do not depend on how
   * many tokens share a call.
   */
  public static void linear(ByteBuffer w, ByteBuffer b, float[] xs, int n, int in, float[] y,
      int out, int o0, int o1) {
    if (n == 1) {
      // one row at a time: streaming several rows side by side measured slower per core here
      for (int o = o0; o < o1; o++) {
        float acc = dot(w, o * (long) in, xs, 0, in);
        y[o] = b == null ? acc : acc + b.getFloat(4 * o);
      }
      return;
    }
    for (int o = o0; o < o1; o++) {
      long row = o * (long) in;
      float bias = b == null ? 0f : b.getFloat(4 * o);
      int t = 0;
      // four tokens per pass over the row: each weight vector is widened once, used four times
      for (; t + 4 <= n; t += 4) {
        tokens4(w, row, xs, t * in, in, y, t * out + o, out, bias);
      }
      for (; t < n; t++) {
        y[t * out + o] = dot(w, row, xs, t * in, in) + bias;
      }
    }
  }

  /**
   * {@code sum_i w[wRow + i] * x[i]} for {@code i < len}, with w BF16 (wRow counts values) and
   * {@code xs[xOff..]} the {@link #pairSplit} form of x.
   */
  public static float dot(ByteBuffer w, long wRow, float[] xs, int xOff, int len) {
    int wb = (int) (wRow * 2);
    FloatVector even = FloatVector.zero(S);
    FloatVector odd = FloatVector.zero(S);
    int i = 0;
    for (int bound = len - BLOCK; i <= bound; i += BLOCK) {
      IntVector pair = IntVector.fromByteBuffer(I, w, wb + 2 * i, LE);
      FloatVector lo = pair.lanewise(VectorOperators.LSHL, 16).reinterpretAsFloats();
      FloatVector hi = pair.lanewise(VectorOperators.AND, 0xFFFF0000).reinterpretAsFloats();
      even = lo.fma(FloatVector.fromArray(S, xs, xOff + i), even);
      odd = hi.fma(FloatVector.fromArray(S, xs, xOff + i + L), odd);
    }
    float acc = even.add(odd).reduceLanes(VectorOperators.ADD);
    for (; i < len; i++) {
      acc += Float.intBitsToFloat((w.getShort(wb + 2 * i) & 0xffff) << 16) * xs[xOff + i];
    }
    return acc;
  }

  /** One weight row against four consecutive tokens of xs, each summed exactly as {@link #dot}. */
  private static void tokens4(ByteBuffer w, long wRow, float[] xs, int xOff, int len, float[] y,
      int yOff, int yStride, float bias) {
    int wb = (int) (wRow * 2);
    FloatVector e0 = FloatVector.zero(S);
    FloatVector o0 = FloatVector.zero(S);
    FloatVector e1 = FloatVector.zero(S);
    FloatVector o1 = FloatVector.zero(S);
    FloatVector e2 = FloatVector.zero(S);
    FloatVector o2 = FloatVector.zero(S);
    FloatVector e3 = FloatVector.zero(S);
    FloatVector o3 = FloatVector.zero(S);
    int i = 0;
    for (int bound = len - BLOCK; i <= bound; i += BLOCK) {
      IntVector pair = IntVector.fromByteBuffer(I, w, wb + 2 * i, LE);
      FloatVector lo = pair.lanewise(VectorOperators.LSHL, 16).reinterpretAsFloats();
      FloatVector hi = pair.lanewise(VectorOperators.AND, 0xFFFF0000).reinterpretAsFloats();
      int x0 = xOff + i;
      e0 = lo.fma(FloatVector.fromArray(S, xs, x0), e0);
      o0 = hi.fma(FloatVector.fromArray(S, xs, x0 + L), o0);
      e1 = lo.fma(FloatVector.fromArray(S, xs, x0 + len), e1);
      o1 = hi.fma(FloatVector.fromArray(S, xs, x0 + len + L), o1);
      e2 = lo.fma(FloatVector.fromArray(S, xs, x0 + 2 * len), e2);
      o2 = hi.fma(FloatVector.fromArray(S, xs, x0 + 2 * len + L), o2);
      e3 = lo.fma(FloatVector.fromArray(S, xs, x0 + 3 * len), e3);
      o3 = hi.fma(FloatVector.fromArray(S, xs, x0 + 3 * len + L), o3);
    }
    float s0 = e0.add(o0).reduceLanes(VectorOperators.ADD);
    float s1 = e1.add(o1).reduceLanes(VectorOperators.ADD);
    float s2 = e2.add(o2).reduceLanes(VectorOperators.ADD);
    float s3 = e3.add(o3).reduceLanes(VectorOperators.ADD);
    for (; i < len; i++) {
      float wi = Float.intBitsToFloat((w.getShort(wb + 2 * i) & 0xffff) << 16);
      s0 += wi * xs[xOff + i];
      s1 += wi * xs[xOff + len + i];
      s2 += wi * xs[xOff + 2 * len + i];
      s3 += wi * xs[xOff + 3 * len + i];
    }
    y[yOff] = s0 + bias;
    y[yOff + yStride] = s1 + bias;
    y[yOff + 2 * yStride] = s2 + bias;
    y[yOff + 3 * yStride] = s3 + bias;
  }

  /** Widens {@code len} BF16 values of w from value {@code from} into {@code dst[off..]}. */
  public static void widen(ByteBuffer w, long from, int len, float[] dst, int off) {
    int wb = (int) (from * 2);
    for (int i = 0; i < len; i++) {
      dst[off + i] = Float.intBitsToFloat((w.getShort(wb + 2 * i) & 0xffff) << 16);
    }
  }
}
