package io.ofa4j.modality.image;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * Pillow's separable BICUBIC resampler for 8-bit images ({@code Image.resize(size, BICUBIC)}),
 * re-implemented from the algorithm of Pillow's {@code libImaging/Resample.c} so that results are
 * byte-identical to Pillow: the filter support widens by the scale when shrinking, each output
 * pixel's weights are normalised to sum to one, then quantised to 22-bit fixed point with
 * rounding; the horizontal pass runs first into an 8-bit intermediate, then the vertical pass,
 * each clipped to {@code 0..255}.
 *
 * <p>Java2D scaling differs from Pillow by up to 120 levels when shrinking, so it cannot be used
 * where the Qwen2-VL reference pixels must be reproduced.
 */
public final class PillowResampler {

  /** Fixed-point precision of Pillow's 8-bit path: {@code 32 - 8 - 2}. */
  static final int PRECISION_BITS = 22;

  /** Pillow's bicubic support radius (the filter is zero beyond 2). */
  private static final double BICUBIC_SUPPORT = 2.0;

  private PillowResampler() {}

  /**
   * Resizes {@code image} to {@code width x height} exactly as Pillow's BICUBIC filter with no
   * {@code reducing_gap}. An unchanged size returns a copy, as Pillow does.
   */
  public static RgbImage resizeBicubic(RgbImage image, int width, int height) {
    requireNonNull(image, "image is null");
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("target size must be positive, found " + width + "x" + height);
    }
    boolean horizontal = width != image.width();
    boolean vertical = height != image.height();
    byte[] pixels = image.rgb();
    int curWidth = image.width();
    if (horizontal) {
      Coefficients cx = Coefficients.bicubic(image.width(), width);
      pixels = resampleHorizontal(pixels, curWidth, image.height(), cx);
      curWidth = width;
    }
    if (vertical) {
      Coefficients cy = Coefficients.bicubic(image.height(), height);
      pixels = resampleVertical(pixels, curWidth, cy);
    }
    return new RgbImage(width, height, pixels == image.rgb() ? pixels.clone() : pixels);
  }

  // in [rows, inWidth, 3] -> out [rows, outWidth, 3]
  private static byte[] resampleHorizontal(byte[] in, int inWidth, int rows, Coefficients c) {
    int outWidth = c.outSize;
    byte[] out = new byte[rows * outWidth * 3];
    for (int y = 0; y < rows; y++) {
      int inRow = y * inWidth * 3;
      int outRow = y * outWidth * 3;
      for (int xx = 0; xx < outWidth; xx++) {
        int xmin = c.bounds[2 * xx];
        int count = c.bounds[2 * xx + 1];
        int k0 = xx * c.kernelSize;
        int s0 = 1 << (PRECISION_BITS - 1);
        int s1 = s0;
        int s2 = s0;
        for (int x = 0; x < count; x++) {
          int k = c.weights[k0 + x];
          int p = inRow + (xmin + x) * 3;
          s0 += (in[p] & 0xff) * k;
          s1 += (in[p + 1] & 0xff) * k;
          s2 += (in[p + 2] & 0xff) * k;
        }
        int o = outRow + xx * 3;
        out[o] = clip8(s0);
        out[o + 1] = clip8(s1);
        out[o + 2] = clip8(s2);
      }
    }
    return out;
  }

  // in [inHeight, width, 3] -> out [outHeight, width, 3]
  private static byte[] resampleVertical(byte[] in, int width, Coefficients c) {
    int outHeight = c.outSize;
    int rowLen = width * 3;
    byte[] out = new byte[outHeight * rowLen];
    int[] acc = new int[rowLen];
    for (int yy = 0; yy < outHeight; yy++) {
      int ymin = c.bounds[2 * yy];
      int count = c.bounds[2 * yy + 1];
      int k0 = yy * c.kernelSize;
      Arrays.fill(acc, 1 << (PRECISION_BITS - 1));
      for (int y = 0; y < count; y++) {
        int k = c.weights[k0 + y];
        int p = (ymin + y) * rowLen;
        for (int i = 0; i < rowLen; i++) {
          acc[i] += (in[p + i] & 0xff) * k;
        }
      }
      int o = yy * rowLen;
      for (int i = 0; i < rowLen; i++) {
        out[o + i] = clip8(acc[i]);
      }
    }
    return out;
  }

  /** Shifts a fixed-point sum back to 8 bits, clamping to {@code 0..255}. */
  private static byte clip8(int v) {
    if (v >= (1 << PRECISION_BITS << 8)) {
      return (byte) 255;
    }
    if (v <= 0) {
      return 0;
    }
    return (byte) (v >> PRECISION_BITS);
  }

  /** Keys' bicubic kernel with {@code a = -0.5}, as Pillow defines it. */
  static double bicubic(double x) {
    final double a = -0.5;
    double t = Math.abs(x);
    if (t < 1.0) {
      return ((a + 2.0) * t - (a + 3.0)) * t * t + 1;
    }
    if (t < 2.0) {
      return (((t - 5) * t + 8) * t - 4) * a;
    }
    return 0.0;
  }

  /**
   * Per-output-pixel source window and fixed-point weights for one axis.
   *
   * @param outSize number of output pixels
   * @param kernelSize maximum number of taps per output pixel
   * @param bounds {@code [outSize, 2]}: first source index and tap count
   * @param weights {@code [outSize, kernelSize]}: 22-bit fixed-point weights
   */
  record Coefficients(int outSize, int kernelSize, int[] bounds, int[] weights) {

    /** Precomputes bicubic coefficients mapping {@code inSize} samples to {@code outSize}. */
    static Coefficients bicubic(int inSize, int outSize) {
      // Pillow keeps the box corners as C floats; (float) inSize - 0 is exact for these sizes.
      double scale = (double) inSize / outSize;
      double filterScale = Math.max(scale, 1.0);
      double support = BICUBIC_SUPPORT * filterScale;
      int kernelSize = (int) Math.ceil(support) * 2 + 1;
      int[] bounds = new int[outSize * 2];
      int[] weights = new int[outSize * kernelSize];
      double[] k = new double[kernelSize];
      for (int xx = 0; xx < outSize; xx++) {
        double center = (xx + 0.5) * scale;
        double invScale = 1.0 / filterScale;
        int xmin = Math.max((int) (center - support + 0.5), 0);
        int xmax = Math.min((int) (center + support + 0.5), inSize) - xmin;
        double sum = 0.0;
        for (int x = 0; x < xmax; x++) {
          double w = PillowResampler.bicubic((x + xmin - center + 0.5) * invScale);
          k[x] = w;
          sum += w;
        }
        for (int x = 0; x < xmax; x++) {
          double w = sum != 0.0 ? k[x] / sum : k[x];
          // Round half away from zero into 22-bit fixed point, as Pillow's normalize_coeffs_8bpc.
          weights[xx * kernelSize + x] =
              w < 0 ? (int) (-0.5 + w * (1 << PRECISION_BITS)) : (int) (0.5 + w * (1 << PRECISION_BITS));
        }
        bounds[2 * xx] = xmin;
        bounds[2 * xx + 1] = xmax;
      }
      return new Coefficients(outSize, kernelSize, bounds, weights);
    }
  }
}
