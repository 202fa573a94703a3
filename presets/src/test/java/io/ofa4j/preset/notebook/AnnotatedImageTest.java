package io.ofa4j.preset.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.preset.report.Box;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class AnnotatedImageTest {

  private static BufferedImage gray(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, 0x808080);
      }
    }
    return img;
  }

  @Test
  void drawsEachBoxOutlineInItsColourAndLeavesTheSourceAlone() {
    BufferedImage src = gray(100, 100);
    AnnotatedImage a = AnnotatedImage.of(src).gold(new Box(10, 40, 50, 90), null)
        .predicted(new Box(60, 20, 95, 70), null);
    BufferedImage out = a.render();
    assertThat(new Color(out.getRGB(30, 40))).isEqualTo(AnnotatedImage.GOLD); // top edge
    assertThat(new Color(out.getRGB(60, 45))).isEqualTo(AnnotatedImage.PREDICTED); // left edge
    assertThat(out.getRGB(30, 65) & 0xFFFFFF).isEqualTo(0x808080); // inside, untouched
    assertThat(src.getRGB(30, 40) & 0xFFFFFF).isEqualTo(0x808080);
  }

  @Test
  void labelTagGoesAboveTheBoxOrInsideAtTheTopEdge() {
    BufferedImage out = AnnotatedImage.of(gray(100, 100))
        .predicted(new Box(20, 0, 80, 60), "circle").render();
    // the box touches the top, so the filled tag starts inside it at row 0-1
    assertThat(new Color(out.getRGB(21, 2))).isEqualTo(AnnotatedImage.PREDICTED);
  }

  @Test
  void clipsBoxesOutsideTheImage() {
    BufferedImage out = AnnotatedImage.of(gray(20, 20))
        .predicted(new Box(-5, -5, 500, 500), null).render();
    assertThat(new Color(out.getRGB(0, 10))).isEqualTo(AnnotatedImage.PREDICTED);
    assertThat(new Color(out.getRGB(19, 10))).isEqualTo(AnnotatedImage.PREDICTED);
  }

  @Test
  void pngAndBase64DecodeBackToTheRenderedPixels() throws IOException {
    AnnotatedImage a = AnnotatedImage.of(gray(32, 24)).predicted(new Box(4, 4, 20, 20), "x");
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(
        Base64.getDecoder().decode(a.base64Png())));
    BufferedImage rendered = a.render();
    assertThat(decoded.getWidth()).isEqualTo(32);
    for (int y = 0; y < 24; y++) {
      for (int x = 0; x < 32; x++) {
        assertThat(decoded.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(rendered.getRGB(x, y));
      }
    }
  }

  @Test
  void htmlInlinesThePngWithAnEscapedCaption() {
    AnnotatedImage a = AnnotatedImage.of(gray(10, 8)).caption("a <red> circle");
    assertThat(a.toHtml(3)).startsWith("<figure><img src=\"data:image/png;base64,iVBOR")
        .contains("width=\"30\"").contains("<figcaption>a &lt;red&gt; circle</figcaption>");
    assertThatThrownBy(() -> a.toHtml(0)).hasMessage("scale must be >= 1, got 0");
  }

  @Test
  void textSummaryListsBoxesAndCaption() {
    AnnotatedImage a = AnnotatedImage.of(gray(64, 48)).predicted(new Box(1, 2, 30.4, 40), "pred")
        .caption("a blue square");
    assertThat(a).hasToString("image 64x48; pred box (1, 2, 30, 40); caption: a blue square");
  }
}
