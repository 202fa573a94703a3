package io.ofa4j.modality.box;

import static java.util.Objects.requireNonNull;

/**
 * Parses a BOX slot value {@code "x0,y0,x1,y1"} (pixels of the original image, as in OFASys
 * datasets) and checks it against the image size. Errors quote the slot value.
 */
public final class BoxParser {
  private BoxParser() {}

  /** Parses and validates; {@code width}/{@code height} are the original image's size. */
  public static BoundingBox parse(String slotValue, int width, int height) {
    requireNonNull(slotValue, "slotValue is null");
    String[] parts = slotValue.trim().split("\\s*,\\s*");
    if (parts.length != 4) {
      throw new IllegalArgumentException("BOX value '" + slotValue + "': expected 4 comma-separated numbers x0,y0,x1,y1, found "
          + parts.length);
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("BOX value '" + slotValue + "': coordinate " + (i + 1) + " is not a number: '"
            + parts[i] + "'", e);
      }
    }
    try {
      return new BoundingBox(v[0], v[1], v[2], v[3]).checkInside(width, height);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("BOX value '" + slotValue + "': " + e.getMessage(), e);
    }
  }
}
