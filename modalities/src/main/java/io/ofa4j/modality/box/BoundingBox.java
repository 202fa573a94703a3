package io.ofa4j.modality.box;

/**
 * An axis-aligned box {@code (x0, y0)-(x1, y1)} in pixels, {@code x0 <= x1}, {@code y0 <= y1},
 * all finite. Whether it lies inside an image is checked by {@link #checkInside}.
 *
 * @param x0 left edge
 * @param y0 top edge
 * @param x1 right edge
 * @param y1 bottom edge
 */
public record BoundingBox(double x0, double y0, double x1, double y1) {

  /** Rejects NaN/infinite coordinates and inverted boxes, naming the coordinates. */
  public BoundingBox {
    if (!Double.isFinite(x0) || !Double.isFinite(y0) || !Double.isFinite(x1) || !Double.isFinite(y1)) {
      throw new IllegalArgumentException("box coordinates must be finite, found " + text(x0, y0, x1, y1));
    }
    if (x1 < x0) {
      throw new IllegalArgumentException("box " + text(x0, y0, x1, y1) + ": x1 (" + x1 + ") < x0 (" + x0 + ")");
    }
    if (y1 < y0) {
      throw new IllegalArgumentException("box " + text(x0, y0, x1, y1) + ": y1 (" + y1 + ") < y0 (" + y0 + ")");
    }
  }

  /** Throws when the box leaves {@code [0, width] x [0, height]}, naming the box and the image size. */
  public BoundingBox checkInside(int width, int height) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("image size must be positive, found " + width + "x" + height);
    }
    if (x0 < 0 || y0 < 0 || x1 > width || y1 > height) {
      throw new IllegalArgumentException("box " + this.text() + " lies outside the " + width + "x" + height + " image");
    }
    return this;
  }

  /** The box as OFASys writes it: {@code x0,y0,x1,y1}. */
  public String text() {
    return text(x0, y0, x1, y1);
  }

  private static String text(double x0, double y0, double x1, double y1) {
    return fmt(x0) + "," + fmt(y0) + "," + fmt(x1) + "," + fmt(y1);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
