package io.ofa4j.task.metric;

import static java.util.Objects.requireNonNull;

/**
 * A labelled box: a detection (with its confidence) or a ground-truth object (score ignored).
 *
 * @param label class name
 * @param box {@code [x0, y0, x1, y1]}
 * @param score detection confidence; higher ranks first
 */
public record LabeledBox(String label, double[] box, double score) {

  public LabeledBox {
    requireNonNull(label, "label is null");
    Boxes.check(box, "box of '" + label + "'");
    box = box.clone();
  }

  /** A ground-truth object. */
  public static LabeledBox truth(String label, double x0, double y0, double x1, double y1) {
    return new LabeledBox(label, new double[] {x0, y0, x1, y1}, 1.0);
  }

  /** A detection with a confidence. */
  public static LabeledBox detection(String label, double score, double x0, double y0, double x1, double y1) {
    return new LabeledBox(label, new double[] {x0, y0, x1, y1}, score);
  }
}
