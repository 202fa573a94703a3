package io.ofa4j.preset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ofa4j preprocess IMAGE ...} end to end through picocli. */
class PreprocessCommandTest {
  @TempDir Path dir;

  @Test
  void imageSummaryJsonAndFeatureDump() throws Exception {
    Path png = dir.resolve("p.png");
    ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
    Path bin = dir.resolve("f.bin");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"preprocess", "IMAGE", png.toString(), "--set", "max_pixels=50176", "--json",
        "--out", bin.toString()}, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("\"resized_height\":168", "\"resized_width\":252", "\"grid_thw\":[1,12,18]", "\"vision_tokens\":54");
    assertThat(Files.size(bin)).isEqualTo(216L * 1176 * 4);
  }

  @Test
  void badInputsExitTwoWithMessage() throws Exception {
    Path junk = dir.resolve("junk.png");
    Files.writeString(junk, "nope");
    StringWriter err = new StringWriter();
    assertThat(Main.run(new String[] {"preprocess", "IMAGE", junk.toString()}, new PrintWriter(new StringWriter()),
        new PrintWriter(err))).isEqualTo(Main.EXIT_INVALID_INPUT);
    assertThat(err.toString()).contains(junk.toString());

    StringWriter err2 = new StringWriter();
    assertThat(Main.run(new String[] {"preprocess", "SMELL", junk.toString()}, new PrintWriter(new StringWriter()),
        new PrintWriter(err2))).isEqualTo(Main.EXIT_INVALID_INPUT);
    assertThat(err2.toString()).contains("SMELL").contains("IMAGE");

    StringWriter err3 = new StringWriter();
    Main.run(new String[] {"preprocess", "IMAGE", junk.toString(), "--set", "max_pixel=5"},
        new PrintWriter(new StringWriter()), new PrintWriter(err3));
    assertThat(err3.toString()).contains("max_pixel").contains("max_pixels");
  }
}
