package io.ofa4j.task.synthetic.scene;

import java.util.Arrays;
import java.util.Objects;

/**
 * A box with its label: one repetition of the detection target {@code [[BOX] [TEXT]]*}.
 *
 * @param box x0, y0, x1, y1 in pixels
 * @param label the object's name
 */
public record LabelledBox(double[] box, String label) {
  public LabelledBox {
    Objects.requireNonNull(box, "box is null");
    Objects.requireNonNull(label, "label is null");
    if (box.length != 4) {
      throw new IllegalArgumentException("a box has 4 coordinates, found " + box.length);
    }
    box = box.clone();
  }

  @Override
  public double[] box() {
    return box.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LabelledBox b && Arrays.equals(box, b.box) && label.equals(b.label);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(box) + label.hashCode();
  }

  @Override
  public String toString() {
    return label + Arrays.toString(box);
  }
}
