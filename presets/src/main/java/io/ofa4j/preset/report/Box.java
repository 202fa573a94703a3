package io.ofa4j.preset.report;

/**
 * A box in pixel coordinates of an image ({@code x0,y0} top-left, {@code x1,y1} bottom-right,
 * as OFA's {@code <bin>} boxes after de-quantisation).
 */
public record Box(double x0, double y0, double x1, double y1) {
  public Box {
    if (!(x0 <= x1 && y0 <= y1) || !Double.isFinite(x0 + y0 + x1 + y1)) {
      throw new IllegalArgumentException("box (" + x0 + ", " + y0 + ", " + x1 + ", " + y1
          + ") must be finite with x0 <= x1 and y0 <= y1");
    }
  }
}
