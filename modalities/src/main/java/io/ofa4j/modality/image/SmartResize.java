package io.ofa4j.modality.image;

/**
 * Qwen2-VL's {@code smart_resize} (transformers 4.57.1, {@code image_processing_qwen2_vl.py}):
 * picks a size whose sides are multiples of {@code factor} (patch 14 x merge 2 = 28), close to
 * the original aspect ratio, with a pixel count inside {@code [minPixels, maxPixels]}.
 */
public final class SmartResize {

  /** Largest accepted ratio between the long and the short side, as Qwen2-VL. */
  public static final double MAX_ASPECT_RATIO = 200;

  private SmartResize() {}

  /**
   * The target {@code [height, width]}.
   *
   * @throws IllegalArgumentException when the aspect ratio exceeds {@value #MAX_ASPECT_RATIO}
   */
  public static int[] size(int height, int width, int factor, long minPixels, long maxPixels) {
    if (height <= 0 || width <= 0) {
      throw new IllegalArgumentException("image size must be positive, found " + width + "x" + height);
    }
    double ratio = (double) Math.max(height, width) / Math.min(height, width);
    if (ratio > MAX_ASPECT_RATIO) {
      throw new IllegalArgumentException(
          "absolute aspect ratio must be smaller than " + (int) MAX_ASPECT_RATIO + ", found " + ratio
              + " (" + width + "x" + height + ")");
    }
    // Python's round() is half-to-even, as Math.rint: 12.5 -> 12, 2.5 -> 2.
    long h = (long) Math.rint((double) height / factor) * factor;
    long w = (long) Math.rint((double) width / factor) * factor;
    if (h * w > maxPixels) {
      double beta = Math.sqrt((double) height * width / maxPixels);
      h = Math.max(factor, (long) Math.floor(height / beta / factor) * factor);
      w = Math.max(factor, (long) Math.floor(width / beta / factor) * factor);
    } else if (h * w < minPixels) {
      double beta = Math.sqrt((double) minPixels / ((double) height * width));
      h = (long) Math.ceil(height * beta / factor) * factor;
      w = (long) Math.ceil(width * beta / factor) * factor;
    }
    return new int[] {Math.toIntExact(h), Math.toIntExact(w)};
  }
}
