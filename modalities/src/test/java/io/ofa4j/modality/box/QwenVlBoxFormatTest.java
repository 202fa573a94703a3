package io.ofa4j.modality.box;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class QwenVlBoxFormatTest {

  @Test
  void formatsNormalisedCoordinates() {
    assertThat(QwenVlBoxFormat.format(new BoundingBox(64, 48, 640, 240), 640, 480))
        .isEqualTo("<|box_start|>(100,100),(1000,500)<|box_end|>");
  }

  @Test
  void roundTripsRandomBoxesWithinHalfAUnit() {
    SplittableRandom rng = new SplittableRandom(7);
    for (int n = 0; n < 2000; n++) {
      int w = 1 + rng.nextInt(3000);
      int h = 1 + rng.nextInt(3000);
      double x0 = rng.nextDouble() * w;
      double y0 = rng.nextDouble() * h;
      BoundingBox box = new BoundingBox(x0, y0, x0 + rng.nextDouble() * (w - x0), y0 + rng.nextDouble() * (h - y0));
      BoundingBox back = QwenVlBoxFormat.parse("the dog " + QwenVlBoxFormat.format(box, w, h) + " runs", w, h);
      assertThat(back.x0()).isCloseTo(box.x0(), Offset.offset(w / 2000.0 + 1e-9));
      assertThat(back.y1()).isCloseTo(box.y1(), Offset.offset(h / 2000.0 + 1e-9));
    }
  }

  @Test
  void rejectsMalformedText() {
    assertThatThrownBy(() -> QwenVlBoxFormat.parse("(1,2),(3,4)", 10, 10)).hasMessageContaining("no <|box_start|>");
    assertThatThrownBy(() -> QwenVlBoxFormat.parse("<|box_start|>(1,2),(3,4000)<|box_end|>", 10, 10))
        .hasMessageContaining("coordinate 4000 exceeds 1000");
    assertThatThrownBy(() -> QwenVlBoxFormat.parse("<|box_start|>(5,2),(3,4)<|box_end|>", 10, 10))
        .hasMessageContaining("x1 (0.03) < x0 (0.05)");
  }
}
