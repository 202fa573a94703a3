package io.ofa4j.task.metric;

/** Box geometry on {@code [x0, y0, x1, y1]} arrays in continuous pixel coordinates. */
public final class Boxes {

  private Boxes() {}

  /** Checks that {@code box} has four finite coordinates with x0 <= x1 and y0 <= y1. */
  public static void check(double[] box, String what) {
    if (box == null || box.length != 4) {
      throw new IllegalArgumentException(
          what + " must be [x0, y0, x1, y1] but had " + (box == null ? "null" : box.length + " values"));
    }
    for (double v : box) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(what + " has a non-finite coordinate: " + v);
      }
    }
    if (box[2] < box[0] || box[3] < box[1]) {
      throw new IllegalArgumentException(
          what + " has x1 < x0 or y1 < y0: [" + box[0] + ", " + box[1] + ", " + box[2] + ", " + box[3] + "]");
    }
  }

  /**
   * Intersection over union, area = (x1 - x0) * (y1 - y0) (COCO convention; PASCAL's devkit adds
   * one pixel to each side, which only matters for tiny integer boxes). Two empty boxes give 0.
   */
  public static double iou(double[] a, double[] b) {
    double iw = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
    double ih = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
    double inter = Math.max(0, iw) * Math.max(0, ih);
    double union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
    return union <= 0 ? 0 : inter / union;
  }
}
