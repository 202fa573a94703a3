package io.ofa4j.task.synthetic.scene;

import java.util.Objects;

/**
 * One shape in a scene with its bounding box in pixels ({@code x0 <= x1}, {@code y0 <= y1}).
 *
 * @param shape the shape
 * @param colour its fill colour
 * @param x0 left
 * @param y0 top
 * @param x1 right (exclusive)
 * @param y1 bottom (exclusive)
 */
public record SceneObject(ShapeKind shape, Colour colour, int x0, int y0, int x1, int y1) {
  public SceneObject {
    Objects.requireNonNull(shape, "shape is null");
    Objects.requireNonNull(colour, "colour is null");
    if (x1 <= x0 || y1 <= y0) {
      throw new IllegalArgumentException(
          "empty box (" + x0 + "," + y0 + "," + x1 + "," + y1 + ")");
    }
  }

  /** {@code "red circle"}. */
  public String phrase() {
    return colour.word() + " " + shape.noun();
  }

  /** The box as {@code x0,y0,x1,y1} doubles (the BOX slot value). */
  public double[] box() {
    return new double[] {x0, y0, x1, y1};
  }

  /** Whether two boxes overlap (with a margin in pixels). */
  boolean overlaps(SceneObject o, int margin) {
    return x0 < o.x1 + margin && o.x0 < x1 + margin && y0 < o.y1 + margin && o.y0 < y1 + margin;
  }

  /** Horizontal centre. */
  double cx() {
    return (x0 + x1) / 2.0;
  }

  /** Vertical centre. */
  double cy() {
    return (y0 + y1) / 2.0;
  }
}
