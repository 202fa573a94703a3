package io.ofa4j.modality.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code smart_resize} corner cases and the resampler's identity and flat-colour behaviour. */
class SmartResizeTest {

  @Test
  void roundsHalfToEvenLikePython() {
    // 350/28 = 12.5 -> 12 and 70/28 = 2.5 -> 2 (half up would give 364 and 84)
    assertThat(SmartResize.size(350, 40, 28, 3136, 1003520)).containsExactly(336, 28);
    assertThat(SmartResize.size(45, 70, 28, 3136, 1003520)).containsExactly(56, 56);
  }

  @Test
  void scalesIntoThePixelBounds() {
    assertThat(SmartResize.size(200, 300, 28, 3136, 50176)).containsExactly(168, 252); // down through max
    assertThat(SmartResize.size(37, 53, 28, 3136, 1003520)).containsExactly(56, 84); // up through min
    assertThat(SmartResize.size(1, 150, 28, 3136, 1003520)[0]).isGreaterThanOrEqualTo(28);
  }

  @Test
  void rejectsAspectRatioAbove200() {
    assertThat(SmartResize.size(1, 200, 28, 3136, 1003520)).hasSize(2);
    assertThatThrownBy(() -> SmartResize.size(1, 201, 28, 3136, 1003520))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("201");
  }

  @Test
  void resamplerKeepsSizeAsCopyAndFlatColour() {
    byte[] px = new byte[5 * 4 * 3];
    java.util.Arrays.fill(px, (byte) 200);
    RgbImage img = new RgbImage(5, 4, px);
    RgbImage same = PillowResampler.resizeBicubic(img, 5, 4);
    assertThat(same.rgb()).isEqualTo(px).isNotSameAs(px);
    // Normalised weights: a flat picture stays flat whether enlarged or shrunk.
    for (int[] size : new int[][] {{13, 9}, {2, 3}, {1, 1}}) {
      RgbImage r = PillowResampler.resizeBicubic(img, size[0], size[1]);
      for (byte b : r.rgb()) {
        assertThat(b & 0xff).isEqualTo(200);
      }
    }
  }
}
