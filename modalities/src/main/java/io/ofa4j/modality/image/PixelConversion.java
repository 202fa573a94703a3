package io.ofa4j.modality.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;

/**
 * Turns a decoded {@link BufferedImage} into 8-bit RGB the way Pillow's {@code convert("RGB")}
 * does: gray is replicated to three channels, alpha is dropped without compositing, palette
 * indices are looked up, CMYK uses Pillow's {@code cmyk2rgb}, 16-bit colour samples keep their high
 * byte (Pillow's {@code RGB;16B} unpacking) while 16-bit gray is clipped to 255 (mode {@code I}).
 * Raw raster samples are read, never {@code getRGB}, which would colour-manage gray images.
 */
public final class PixelConversion {

  private PixelConversion() {}

  /** The image as RGB. */
  public static RgbImage toRgb(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    ColorModel cm = image.getColorModel();
    Raster raster = image.getRaster();
    byte[] out = new byte[Math.multiplyExact(Math.multiplyExact(w, h), 3)];
    if (cm instanceof IndexColorModel icm) {
      int[] idx = raster.getSamples(0, 0, w, h, 0, new int[w * h]);
      for (int i = 0; i < idx.length; i++) {
        out[3 * i] = (byte) icm.getRed(idx[i]);
        out[3 * i + 1] = (byte) icm.getGreen(idx[i]);
        out[3 * i + 2] = (byte) icm.getBlue(idx[i]);
      }
      return new RgbImage(w, h, out);
    }
    int bands = raster.getNumBands();
    boolean cmykSpace = cm.getColorSpace().getType() == ColorSpace.TYPE_CMYK;
    if (!cmykSpace && copyInterleavedBytes(raster, out)) {
      return new RgbImage(w, h, out);
    }
    int shift = Math.max(0, raster.getSampleModel().getSampleSize(0) - 8);
    int[] px = raster.getPixels(0, 0, w, h, new int[w * h * bands]);
    boolean cmyk = cmykSpace && bands >= 4;
    for (int i = 0; i < w * h; i++) {
      int p = i * bands;
      int r;
      int g;
      int b;
      if (cmyk) {
        int nk = 255 - (px[p + 3] >> shift);
        r = nk - mulDiv255(px[p] >> shift, nk);
        g = nk - mulDiv255(px[p + 1] >> shift, nk);
        b = nk - mulDiv255(px[p + 2] >> shift, nk);
      } else if (bands < 3) {
        // Pillow opens 16-bit gray as mode I and i2rgb clips it (no scaling); gray+alpha (LA)
        // keeps the high byte, and 8-bit gray is copied.
        r = bands == 1 ? Math.min(px[p], 255) : px[p] >> shift;
        g = r;
        b = r;
      } else {
        r = px[p] >> shift;
        g = px[p + 1] >> shift;
        b = px[p + 2] >> shift;
      }
      out[3 * i] = (byte) r;
      out[3 * i + 1] = (byte) g;
      out[3 * i + 2] = (byte) b;
    }
    return new RgbImage(w, h, out);
  }

  /**
   * Fast path for the common decoder output (8-bit interleaved RGB/BGR/ABGR bytes): copies the
   * red, green and blue bands straight from the data buffer. Returns false when not applicable.
   */
  private static boolean copyInterleavedBytes(Raster raster, byte[] out) {
    if (!(raster.getDataBuffer() instanceof DataBufferByte buffer)
        || !(raster.getSampleModel() instanceof PixelInterleavedSampleModel sm)
        || raster.getNumBands() < 3 || raster.getSampleModelTranslateX() != 0
        || raster.getSampleModelTranslateY() != 0 || buffer.getNumBanks() != 1) {
      return false;
    }
    int[] offsets = sm.getBandOffsets();
    int stride = sm.getPixelStride();
    int scan = sm.getScanlineStride();
    byte[] data = buffer.getData();
    int base = buffer.getOffset();
    int w = raster.getWidth();
    int o = 0;
    for (int y = 0; y < raster.getHeight(); y++) {
      int p = base + y * scan;
      for (int x = 0; x < w; x++, p += stride) {
        out[o++] = data[p + offsets[0]];
        out[o++] = data[p + offsets[1]];
        out[o++] = data[p + offsets[2]];
      }
    }
    return true;
  }

  /** Pillow's rounded {@code a * b / 255} ({@code MULDIV255}). */
  private static int mulDiv255(int a, int b) {
    int t = a * b + 128;
    return ((t >> 8) + t) >> 8;
  }
}
