package io.ofa4j.modality.video;

import io.ofa4j.modality.image.RgbImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Reads consecutive binary PPM ({@code P6}, maxval 255) frames from ffmpeg's image2pipe. */
final class PpmStream {
  /** Largest frame accepted from the pipe (16k x 16k). */
  private static final long MAX_PIXELS = 1L << 28;

  private PpmStream() {}

  /** The next frame, or {@code null} at the end of the stream. */
  static RgbImage next(InputStream in, Path file) throws IOException {
    int first = in.read();
    if (first < 0) {
      return null;
    }
    if (first != 'P' || in.read() != '6') {
      throw new IllegalArgumentException("video file " + file + ": ffmpeg output is not a P6 PPM stream");
    }
    int w = number(in, file);
    int h = number(in, file);
    int max = number(in, file);
    if (max != 255 || w <= 0 || h <= 0 || (long) w * h > MAX_PIXELS) {
      throw new IllegalArgumentException("video file " + file + ": unsupported frame " + w + "x" + h + " maxval " + max);
    }
    byte[] rgb = in.readNBytes(w * h * 3);
    if (rgb.length != w * h * 3) {
      throw new IllegalArgumentException("video file " + file + ": truncated frame from ffmpeg, " + rgb.length
          + " of " + w * h * 3 + " bytes");
    }
    return new RgbImage(w, h, rgb);
  }

  // A decimal header field; the single whitespace byte after the last one ends the header.
  private static int number(InputStream in, Path file) throws IOException {
    int c = in.read();
    while (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      c = in.read();
    }
    long v = 0;
    if (c < '0' || c > '9') {
      throw new IllegalArgumentException("video file " + file + ": bad PPM header byte " + c);
    }
    while (c >= '0' && c <= '9') {
      v = v * 10 + (c - '0');
      if (v > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("video file " + file + ": PPM header value too large");
      }
      c = in.read();
    }
    return (int) v;
  }
}
