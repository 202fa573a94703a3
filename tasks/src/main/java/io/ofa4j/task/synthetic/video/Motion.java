package io.ofa4j.task.synthetic.video;

import java.util.Locale;

/** How the shape in a synthetic clip moves: the video classification label. */
public enum Motion {
  LEFT(-1, 0),
  RIGHT(1, 0),
  UP(0, -1),
  DOWN(0, 1),
  STILL(0, 0);

  final int dx;
  final int dy;

  Motion(int dx, int dy) {
    this.dx = dx;
    this.dy = dy;
  }

  /** The label word, e.g. {@code left}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A caption verb phrase: "moves to the left", "stays still". */
  public String phrase() {
    return switch (this) {
      case LEFT, RIGHT -> "moves to the " + word();
      case UP, DOWN -> "moves " + word();
      case STILL -> "stays still";
    };
  }
}
