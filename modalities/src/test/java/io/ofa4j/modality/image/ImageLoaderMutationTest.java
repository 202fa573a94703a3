package io.ofa4j.modality.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged files (random byte flips and cuts of a valid PNG/JPEG/WebP) either decode or fail with
 * an {@link IllegalArgumentException} naming the file: never another exception type.
 */
class ImageLoaderMutationTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"png", "jpg", "webp"})
  void damagedFilesFailCleanly(String format) throws Exception {
    byte[] valid = validFile(format);
    Random rng = new Random(format.hashCode());
    ImageLoader loader = new ImageLoader(1 << 22);
    for (int i = 0; i < 60; i++) {
      byte[] b = valid.clone();
      if (i % 3 == 0) {
        b = Arrays.copyOf(b, 1 + rng.nextInt(b.length - 1));
      }
      for (int k = 0, n = 1 + rng.nextInt(4); k < n; k++) {
        b[rng.nextInt(b.length)] = (byte) rng.nextInt(256);
      }
      Path f = dir.resolve("m" + i + "." + format);
      Files.write(f, b);
      Throwable t = catchThrowable(() -> loader.load(f));
      if (t != null) {
        assertThat(t).as("mutant " + i).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(f.toString());
      }
    }
  }

  private byte[] validFile(String format) throws Exception {
    if (format.equals("webp")) {
      return Files.readAllBytes(Path.of(getClass().getResource("/images/lossy.webp").toURI()));
    }
    BufferedImage img = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
    Random rng = new Random(9);
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 48; x++) {
        img.setRGB(x, y, rng.nextInt(1 << 24));
      }
    }
    Path f = dir.resolve("valid." + format);
    ImageIO.write(img, format, f.toFile());
    return Files.readAllBytes(f);
  }
}
