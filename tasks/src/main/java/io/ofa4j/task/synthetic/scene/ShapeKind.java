package io.ofa4j.task.synthetic.scene;

import java.util.Locale;

/** The shapes drawn in synthetic scenes. */
public enum ShapeKind {
  CIRCLE,
  SQUARE,
  TRIANGLE;

  /** The English noun, e.g. {@code circle}. */
  public String noun() {
    return name().toLowerCase(Locale.ROOT);
  }
}
