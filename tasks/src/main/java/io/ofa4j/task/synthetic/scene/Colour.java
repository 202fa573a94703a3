package io.ofa4j.task.synthetic.scene;

import java.util.Locale;

/** Colours of synthetic shapes, far apart in RGB so a tiny vision tower can tell them apart. */
public enum Colour {
  RED(220, 40, 40),
  GREEN(40, 180, 60),
  BLUE(40, 80, 220),
  YELLOW(230, 210, 40);

  private final int rgb;

  Colour(int r, int g, int b) {
    this.rgb = (r << 16) | (g << 8) | b;
  }

  /** Packed {@code 0xRRGGBB}. */
  public int rgb() {
    return rgb;
  }

  /** The English adjective, e.g. {@code red}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
