package io.ofa4j.modality.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twelvemonkeys.imageio.color.ColorSpaces;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoding modes and bad input: every failure names the file and the value found. */
class ImageLoaderTest {
  @TempDir Path dir;

  @Test
  void grayIsReplicatedAndAlphaIsDroppedWithoutCompositing() throws IOException {
    BufferedImage gray = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
    gray.getRaster().setSample(1, 0, 0, 77);
    RgbImage g = new ImageLoader().load(write(gray, "png", "g.png"));
    assertThat(new int[] {g.sample(0, 1, 0), g.sample(0, 1, 1), g.sample(0, 1, 2)}).containsExactly(77, 77, 77);

    BufferedImage rgba = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
    rgba.setRGB(0, 0, 0x00_10_20_30); // fully transparent, colour kept as Pillow's convert("RGB")
    RgbImage a = new ImageLoader().load(write(rgba, "png", "a.png"));
    assertThat(new int[] {a.sample(0, 0, 0), a.sample(0, 0, 1), a.sample(0, 0, 2)}).containsExactly(0x10, 0x20, 0x30);
  }

  @Test
  void sixteenBitGrayIsClippedLikePillowModeI() throws IOException {
    BufferedImage gray16 = new BufferedImage(2, 1, BufferedImage.TYPE_USHORT_GRAY);
    gray16.getRaster().setSample(0, 0, 0, 100);
    gray16.getRaster().setSample(1, 0, 0, 1000);
    RgbImage g = new ImageLoader().load(write(gray16, "png", "g16.png"));
    assertThat(g.sample(0, 0, 0)).isEqualTo(100);
    assertThat(g.sample(0, 1, 2)).isEqualTo(255);
  }

  @Test
  void cmykUsesPillowConversion() {
    ColorSpace cmyk = ColorSpaces.getColorSpace(ColorSpaces.CS_GENERIC_CMYK);
    ComponentColorModel cm = new ComponentColorModel(cmyk, false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
    WritableRaster r = cm.createCompatibleWritableRaster(1, 1);
    r.setPixel(0, 0, new int[] {0, 255, 100, 50});
    RgbImage rgb = PixelConversion.toRgb(new BufferedImage(cm, r, false, null));
    // nk = 205; r = 205 - 0, g = 205 - 205, b = 205 - round(100 * 205 / 255) = 205 - 80
    assertThat(new int[] {rgb.sample(0, 0, 0), rgb.sample(0, 0, 1), rgb.sample(0, 0, 2)}).containsExactly(205, 0, 125);
  }

  @Test
  void exifOrientationSixRotatesClockwise() throws IOException {
    BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 20; y++) {
      for (int x = 0; x < 40; x++) {
        img.setRGB(x, y, y >= 10 && x < 20 ? 0xFF0000 : 0x0000FF); // red bottom-left quarter
      }
    }
    Path jpg = write(img, "jpg", "o.jpg");
    Files.write(jpg, withExifOrientation(Files.readAllBytes(jpg), 6));
    RgbImage r = new ImageLoader().load(jpg);
    assertThat(r.width()).isEqualTo(20);
    assertThat(r.height()).isEqualTo(40);
    assertThat(r.sample(2, 2, 0)).isGreaterThan(200); // the red corner is now top-left
    assertThat(r.sample(37, 17, 2)).isGreaterThan(200);
  }

  @Test
  void truncatedPngAndJpegAreRejectedNamingTheFile() throws IOException {
    BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
    for (int i = 0; i < 64 * 64; i++) {
      img.setRGB(i % 64, i / 64, i * 2654435761L > 0 ? (int) (i * 2654435761L) : i);
    }
    for (String fmt : new String[] {"png", "jpg"}) {
      Path f = write(img, fmt, "t." + fmt);
      byte[] b = Files.readAllBytes(f);
      Files.write(f, Arrays.copyOf(b, b.length / 2));
      assertThatThrownBy(() -> new ImageLoader().load(f))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(f.toString())
          .hasMessageContaining("corrupt or truncated");
    }
    Path junk = dir.resolve("junk.png");
    Files.write(junk, "not an image at all".getBytes());
    assertThatThrownBy(() -> new ImageLoader().load(junk))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(junk.toString());
  }

  @Test
  void decompressionBombIsRejectedBeforeDecoding() throws IOException {
    Path bomb = dir.resolve("bomb.png");
    Files.write(bomb, pngHeaderOnly(100_000, 100_000));
    assertThatThrownBy(() -> new ImageLoader().load(bomb))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(bomb.toString())
        .hasMessageContaining("100000x100000");
  }

  @Test
  void extremeAspectRatioIsRejected() throws IOException {
    Path thin = write(new BufferedImage(100_000, 1, BufferedImage.TYPE_INT_RGB), "png", "thin.png");
    Qwen2VlImageProcessor p = new Qwen2VlImageProcessor(Qwen2VlImageConfig.defaults());
    assertThatThrownBy(() -> p.processFile(thin))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(thin.toString())
        .hasMessageContaining("aspect ratio")
        .hasMessageContaining("100000");
  }

  private Path write(BufferedImage img, String fmt, String name) throws IOException {
    Path f = dir.resolve(name);
    assertThat(ImageIO.write(img, fmt, f.toFile())).isTrue();
    return f;
  }

  /** Inserts an APP1 Exif segment (little-endian TIFF, one IFD0 entry) right after SOI. */
  private static byte[] withExifOrientation(byte[] jpeg, int orientation) {
    ByteBuffer tiff = ByteBuffer.allocate(26).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
    tiff.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1)
        .putShort((short) orientation).putShort((short) 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    int len = 2 + 6 + tiff.capacity();
    out.write(0xFF);
    out.write(0xE1);
    out.write(len >> 8);
    out.write(len & 0xff);
    out.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
    out.writeBytes(tiff.array());
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /** A PNG signature and IHDR declaring {@code w x h} RGB, then IEND: no pixel data at all. */
  private static byte[] pngHeaderOnly(int w, int h) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2)
        .put((byte) 0).put((byte) 0).put((byte) 0).array());
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(type.getBytes());
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(type.getBytes());
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
