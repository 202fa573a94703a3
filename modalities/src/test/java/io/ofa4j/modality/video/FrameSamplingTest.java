package io.ofa4j.modality.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Frame index choice and validation. */
class FrameSamplingTest {

  @Test
  void spreadsIndicesFromFirstToLast() {
    assertThat(FrameSampling.frames(4).indices(10)).containsExactly(0, 3, 6, 9);
    assertThat(FrameSampling.frames(3).indices(5)).containsExactly(0, 2, 4);
    assertThat(FrameSampling.frames(1).indices(7)).containsExactly(0);
  }

  @Test
  void needsExactlyOneOfRateOrCount() {
    assertThatThrownBy(() -> new FrameSampling(2, 4, 10)).hasMessageContaining("fps=2.0").hasMessageContaining("frames=4");
    assertThatThrownBy(() -> new FrameSampling(0, 0, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FrameSampling(0, 20, 10)).hasMessageContaining("max_frames=10");
  }
}
