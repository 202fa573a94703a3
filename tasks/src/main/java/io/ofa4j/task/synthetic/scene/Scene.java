package io.ofa4j.task.synthetic.scene;

import java.util.List;
import java.util.Objects;

/**
 * A synthetic picture: a canvas with one or more non-overlapping shapes.
 *
 * @param width canvas width in pixels
 * @param height canvas height in pixels
 * @param objects the shapes, in drawing order
 */
public record Scene(int width, int height, List<SceneObject> objects) {
  public Scene {
    objects = List.copyOf(Objects.requireNonNull(objects, "objects is null"));
    if (objects.isEmpty()) {
      throw new IllegalArgumentException("a scene needs at least one object");
    }
  }

  /** Objects of the given shape. */
  public List<SceneObject> ofShape(ShapeKind shape) {
    return objects.stream().filter(o -> o.shape() == shape).toList();
  }
}
