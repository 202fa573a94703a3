package io.ofa4j.task.synthetic.video;

import io.ofa4j.task.synthetic.scene.Colour;
import io.ofa4j.task.synthetic.scene.ShapeKind;
import java.util.Objects;

/**
 * A synthetic clip: one shape moving in a straight line across a canvas.
 *
 * @param shape the shape
 * @param colour its colour
 * @param motion the direction (the class label)
 * @param size shape side in pixels
 * @param startX left edge in the first frame
 * @param startY top edge in the first frame
 * @param step pixels moved per frame
 * @param frames number of frames
 * @param width canvas width
 * @param height canvas height
 */
public record Clip(ShapeKind shape, Colour colour, Motion motion, int size, int startX, int startY,
    int step, int frames, int width, int height) {
  public Clip {
    Objects.requireNonNull(shape, "shape is null");
    Objects.requireNonNull(colour, "colour is null");
    Objects.requireNonNull(motion, "motion is null");
    if (frames < 2 || size < 4 || width < 56 || height < 56) {
      throw new IllegalArgumentException("clip needs >= 2 frames, size >= 4 and a 56x56 canvas, found "
          + frames + " frames, size " + size + ", " + width + "x" + height);
    }
  }

  /** Left edge in frame {@code f}. */
  public int x(int f) {
    return startX + motion.dx * step * f;
  }

  /** Top edge in frame {@code f}. */
  public int y(int f) {
    return startY + motion.dy * step * f;
  }

  /** "a red circle moves to the left". */
  public String caption() {
    return "a " + colour.word() + " " + shape.noun() + " " + motion.phrase();
  }
}
