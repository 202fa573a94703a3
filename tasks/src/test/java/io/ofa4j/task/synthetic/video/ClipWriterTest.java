package io.ofa4j.task.synthetic.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClipWriterTest {
  @TempDir Path dir;

  @Test
  void shapesStayOnTheCanvasAndMoveTheirWay() {
    ClipGenerator g = new ClipGenerator(3, 64, 64, 8);
    Set<Motion> seen = EnumSet.noneOf(Motion.class);
    for (int i = 0; i < 300; i++) {
      Clip c = g.clip(i);
      seen.add(c.motion());
      for (int f = 0; f < c.frames(); f++) {
        assertThat(c.x(f)).isBetween(0, 64 - c.size());
        assertThat(c.y(f)).isBetween(0, 64 - c.size());
      }
      int dx = Integer.signum(c.x(c.frames() - 1) - c.x(0));
      int dy = Integer.signum(c.y(c.frames() - 1) - c.y(0));
      assertThat(new int[] {dx, dy}).containsExactly(c.motion().dx, c.motion().dy);
    }
    assertThat(seen).containsExactlyInAnyOrder(Motion.values());
  }

  @Test
  void framesShowTheShapeWhereTheClipSays() {
    Clip c = new Clip(io.ofa4j.task.synthetic.scene.ShapeKind.SQUARE,
        io.ofa4j.task.synthetic.scene.Colour.BLUE, Motion.RIGHT, 16, 0, 20, 4, 6, 64, 64);
    BufferedImage last = ClipWriter.frame(c, 5);
    assertThat(last.getRGB(c.x(5) + 8, 28) & 0xFFFFFF)
        .isEqualTo(io.ofa4j.task.synthetic.scene.Colour.BLUE.rgb());
    assertThat(last.getRGB(4, 28) & 0xFFFFFF).isNotEqualTo(io.ofa4j.task.synthetic.scene.Colour.BLUE.rgb());
  }

  @Test
  void writesTheSameMp4ForTheSameClip() throws IOException {
    assumeThat(onPath("ffmpeg")).as("ffmpeg is not installed (./ofa4j setup installs it)").isTrue();
    Clip c = new ClipGenerator(1, 64, 64, 8).clip(4);
    Path a = dir.resolve("a.mp4");
    Path b = dir.resolve("b.mp4");
    ClipWriter.writeMp4(c, 4, a);
    ClipWriter.writeMp4(c, 4, b);
    byte[] bytes = Files.readAllBytes(a);
    assertThat(new String(bytes, 4, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("ftyp");
    assertThat(bytes).isEqualTo(Files.readAllBytes(b));
  }

  static boolean onPath(String program) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }
}
