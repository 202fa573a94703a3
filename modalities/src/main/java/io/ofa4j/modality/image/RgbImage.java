package io.ofa4j.modality.image;

import static java.util.Objects.requireNonNull;

/**
 * A decoded 8-bit RGB picture, the equivalent of a Pillow image in mode {@code RGB}.
 *
 * @param width width in pixels
 * @param height height in pixels
 * @param rgb interleaved pixels, row-major {@code [height, width, 3]}
 */
public record RgbImage(int width, int height, byte[] rgb) {

  /** Validates that the buffer holds exactly {@code height * width * 3} bytes. */
  public RgbImage {
    requireNonNull(rgb, "rgb is null");
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("image size must be positive, found " + width + "x" + height);
    }
    if ((long) width * height * 3 != rgb.length) {
      throw new IllegalArgumentException(
          "rgb buffer of " + width + "x" + height + " image must hold " + (long) width * height * 3
              + " bytes, found " + rgb.length);
    }
  }

  /** The 0..255 value of channel {@code c} at row {@code y}, column {@code x}. */
  public int sample(int y, int x, int c) {
    return rgb[(y * width + x) * 3 + c] & 0xff;
  }
}
