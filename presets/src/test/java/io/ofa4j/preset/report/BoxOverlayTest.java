package io.ofa4j.preset.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class BoxOverlayTest {
  private static final int GRAY = new Color(128, 128, 128).getRGB() & 0xFFFFFF;
  private static final int RED = BoxOverlay.COLOR.getRGB() & 0xFFFFFF;

  private static BufferedImage gray(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, GRAY);
      }
    }
    return img;
  }

  private static int rgb(BufferedImage img, int x, int y) {
    return img.getRGB(x, y) & 0xFFFFFF;
  }

  @Test
  void outlinesTheBoxAndLabelsItAboveWithoutTouchingTheSource() {
    BufferedImage src = gray(200, 120);
    BufferedImage out = BoxOverlay.draw(src, new Box(40, 60, 160, 110), "a cat");
    assertThat(rgb(out, 100, 60)).isEqualTo(RED); // top edge
    assertThat(rgb(out, 40, 90)).isEqualTo(RED); // left edge
    assertThat(rgb(out, 160, 90)).isEqualTo(RED); // right edge
    assertThat(rgb(out, 100, 90)).isEqualTo(GRAY); // inside the box: untouched
    assertThat(rgb(out, 10, 10)).isEqualTo(GRAY); // far outside: untouched
    // the label is a red strip just above the box with white text in it
    int labelY = 60 - 4;
    assertThat(rgb(out, 41, labelY)).isEqualTo(RED);
    boolean white = false;
    for (int x = 40; x < 100 && !white; x++) {
      for (int y = 40; y < 60 && !white; y++) {
        white = (rgb(out, x, y) & 0xFF) > 200 && ((rgb(out, x, y) >> 8) & 0xFF) > 200;
      }
    }
    assertThat(white).as("caption text drawn in white").isTrue();
    assertThat(rgb(src, 100, 60)).isEqualTo(GRAY);
  }

  @Test
  void aBoxAtTheTopEdgeGetsItsLabelInsideAndOutOfRangeCoordinatesAreClamped() {
    BufferedImage out = BoxOverlay.draw(gray(100, 100), new Box(-20, 0, 500, 50), "sky");
    assertThat(rgb(out, 50, 0)).isEqualTo(RED);
    assertThat(rgb(out, 99, 25)).isEqualTo(RED); // right edge clamped to the last column
  }

  @Test
  void rejectsAnInvertedBoxNamingTheCoordinates() {
    assertThatThrownBy(() -> new Box(10, 0, 5, 3)).hasMessageContaining("(10.0, 0.0, 5.0, 3.0)");
  }
}
