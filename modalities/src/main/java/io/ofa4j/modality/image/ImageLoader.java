package io.ofa4j.modality.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes JPEG, PNG, WebP (and whatever else ImageIO reads) into {@link RgbImage}, with the
 * checks a server needs: the header size is read <em>before</em> decoding so a decompression bomb
 * is refused without allocating its pixels, decoder warnings (a truncated JPEG) are errors, and
 * every failure is an {@link IllegalArgumentException} naming the file and the value found.
 * EXIF orientation is applied.
 *
 * @param maxDecodePixels largest {@code width * height} that will be decoded
 */
public record ImageLoader(long maxDecodePixels) {

  /** Pillow's {@code Image.MAX_IMAGE_PIXELS}, the default decode limit. */
  public static final long DEFAULT_MAX_DECODE_PIXELS = 89_478_485L;

  /** Bytes of the file head scanned for EXIF. */
  private static final int EXIF_SCAN_BYTES = 1 << 16;

  /** Validates the limit. */
  public ImageLoader {
    if (maxDecodePixels <= 0) {
      throw new IllegalArgumentException("maxDecodePixels must be positive, found " + maxDecodePixels);
    }
  }

  /** A loader with {@link #DEFAULT_MAX_DECODE_PIXELS}. */
  public ImageLoader() {
    this(DEFAULT_MAX_DECODE_PIXELS);
  }

  /** Loads {@code file} as RGB, upright. */
  public RgbImage load(Path file) {
    Objects.requireNonNull(file, "file is null");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("image file " + file + " does not exist or is not a file");
    }
    BufferedImage decoded = decode(file);
    RgbImage rgb = PixelConversion.toRgb(decoded);
    return ExifOrientation.apply(rgb, ExifOrientation.read(head(file)));
  }

  private BufferedImage decode(Path file) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        throw new IllegalArgumentException("image file " + file + " cannot be opened");
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IllegalArgumentException(
            "image file " + file + " is not in a supported format (JPEG, PNG, WebP, ...)");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long w = reader.getWidth(0);
        long h = reader.getHeight(0);
        if (w <= 0 || h <= 0 || w * h > maxDecodePixels) {
          throw new IllegalArgumentException(
              "image file " + file + " declares " + w + "x" + h + " = " + w * h
                  + " pixels, above the decode limit of " + maxDecodePixels + " (decompression bomb?)");
        }
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage image = reader.read(0);
        if (!warnings.isEmpty()) {
          throw new IllegalArgumentException(
              "image file " + file + " is corrupt or truncated: " + String.join("; ", warnings));
        }
        return image;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae && String.valueOf(iae.getMessage()).startsWith("image file " + file)) {
        throw iae; // our own message already names the file
      }
      throw new IllegalArgumentException(
          "image file " + file + " is corrupt or truncated: " + e, e);
    }
  }

  private static byte[] head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(EXIF_SCAN_BYTES);
    } catch (IOException e) {
      throw new IllegalArgumentException("image file " + file + " cannot be read: " + e, e);
    }
  }
}
