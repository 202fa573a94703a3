package io.ofa4j.modality.box;

/**
 * How the image paired with a box was resized, plus the normalisation length of the quantiser.
 *
 * @param originalWidth width of the original image in pixels
 * @param originalHeight height of the original image
 * @param resizedWidth width after the image preprocessor's resize
 * @param resizedHeight height after the resize
 * @param maxImageSize OFASys {@code max_image_size}: the length that maps to the last bin; at
 *     least the longer resized side
 */
public record ImageResize(int originalWidth, int originalHeight, int resizedWidth, int resizedHeight, int maxImageSize) {

  /** Validates sizes. */
  public ImageResize {
    if (originalWidth <= 0 || originalHeight <= 0 || resizedWidth <= 0 || resizedHeight <= 0) {
      throw new IllegalArgumentException("image sizes must be positive, found original " + originalWidth + "x"
          + originalHeight + ", resized " + resizedWidth + "x" + resizedHeight);
    }
    if (maxImageSize < Math.max(resizedWidth, resizedHeight)) {
      throw new IllegalArgumentException("maxImageSize " + maxImageSize + " is smaller than the resized image "
          + resizedWidth + "x" + resizedHeight);
    }
  }

  /** No resize; normalised by the longer side. */
  public static ImageResize identity(int width, int height) {
    return new ImageResize(width, height, width, height, Math.max(width, height));
  }

  /** Horizontal scale resized / original. */
  public double scaleX() {
    return resizedWidth / (double) originalWidth;
  }

  /** Vertical scale resized / original. */
  public double scaleY() {
    return resizedHeight / (double) originalHeight;
  }
}
