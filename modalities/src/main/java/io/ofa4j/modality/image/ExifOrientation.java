package io.ofa4j.modality.image;

import static java.util.Objects.requireNonNull;

/**
 * EXIF orientation (tag 0x0112): reads it from a JPEG's APP1 segment and applies it to pixels as
 * Pillow's {@code ImageOps.exif_transpose} does, so a phone photo stored sideways is seen upright.
 */
public final class ExifOrientation {

  private static final int TAG_ORIENTATION = 0x0112;

  private ExifOrientation() {}

  /**
   * The orientation value 1..8 found in the JPEG bytes {@code head} (the start of the file is
   * enough), or 1 when there is none or the data is not a JPEG with EXIF.
   */
  public static int read(byte[] head) {
    requireNonNull(head, "head is null");
    if (head.length < 4 || (head[0] & 0xff) != 0xFF || (head[1] & 0xff) != 0xD8) {
      return 1;
    }
    int p = 2;
    while (p + 4 <= head.length && (head[p] & 0xff) == 0xFF) {
      int marker = head[p + 1] & 0xff;
      int len = u16(head, p + 2, true);
      if (marker == 0xDA || len < 2) {
        return 1; // start of scan: no EXIF before the image data
      }
      int body = p + 4;
      if (marker == 0xE1 && body + 6 <= head.length && isExifHeader(head, body)) {
        return fromTiff(head, body + 6, Math.min(head.length, p + 2 + len));
      }
      p += 2 + len;
    }
    return 1;
  }

  private static boolean isExifHeader(byte[] b, int p) {
    return b[p] == 'E' && b[p + 1] == 'x' && b[p + 2] == 'i' && b[p + 3] == 'f' && b[p + 4] == 0;
  }

  // TIFF structure: byte order mark, magic 42, offset of IFD0, then 12-byte entries.
  private static int fromTiff(byte[] b, int tiff, int end) {
    if (tiff + 8 > end) {
      return 1;
    }
    boolean big = b[tiff] == 'M';
    int ifd = tiff + (int) u32(b, tiff + 4, big);
    if (ifd < tiff || ifd + 2 > end) {
      return 1;
    }
    int n = u16(b, ifd, big);
    for (int i = 0; i < n; i++) {
      int e = ifd + 2 + 12 * i;
      if (e + 12 > end) {
        return 1;
      }
      if (u16(b, e, big) == TAG_ORIENTATION) {
        int v = u16(b, e + 8, big);
        return v >= 1 && v <= 8 ? v : 1;
      }
    }
    return 1;
  }

  private static int u16(byte[] b, int p, boolean big) {
    int a = b[p] & 0xff;
    int c = b[p + 1] & 0xff;
    return big ? (a << 8) | c : (c << 8) | a;
  }

  private static long u32(byte[] b, int p, boolean big) {
    long hi = u16(b, big ? p : p + 2, big);
    long lo = u16(b, big ? p + 2 : p, big);
    return (hi << 16) | lo;
  }

  /** Applies orientation {@code value} (1..8); 1 returns the image itself. */
  public static RgbImage apply(RgbImage src, int value) {
    requireNonNull(src, "src is null");
    if (value < 1 || value > 8) {
      throw new IllegalArgumentException("EXIF orientation must be 1..8, found " + value);
    }
    if (value == 1) {
      return src;
    }
    int w = src.width();
    int h = src.height();
    boolean swap = value >= 5;
    int ow = swap ? h : w;
    int oh = swap ? w : h;
    byte[] out = new byte[src.rgb().length];
    for (int y = 0; y < oh; y++) {
      for (int x = 0; x < ow; x++) {
        // Source (row, column) for each of Pillow's transposes.
        int sy;
        int sx;
        switch (value) {
          case 2 -> { sy = y; sx = w - 1 - x; } // FLIP_LEFT_RIGHT
          case 3 -> { sy = h - 1 - y; sx = w - 1 - x; } // ROTATE_180
          case 4 -> { sy = h - 1 - y; sx = x; } // FLIP_TOP_BOTTOM
          case 5 -> { sy = x; sx = y; } // TRANSPOSE
          case 6 -> { sy = h - 1 - x; sx = y; } // ROTATE_270 (90 degrees clockwise)
          case 7 -> { sy = h - 1 - x; sx = w - 1 - y; } // TRANSVERSE
          default -> { sy = x; sx = w - 1 - y; } // 8: ROTATE_90 (counter-clockwise)
        }
        System.arraycopy(src.rgb(), (sy * w + sx) * 3, out, (y * ow + x) * 3, 3);
      }
    }
    return new RgbImage(ow, oh, out);
  }
}
