package io.ofa4j.modality.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class KaldiFbankTest {
  private final KaldiFbank fbank = new KaldiFbank(80);

  @Test
  void framesFollowSnipEdges() {
    assertThat(fbank.compute(new float[400]).rows()).isEqualTo(1);
    assertThat(fbank.compute(new float[559]).rows()).isEqualTo(1);
    assertThat(fbank.compute(new float[560]).rows()).isEqualTo(2);
    assertThat(fbank.compute(new float[16000]).shape()).containsExactly(98, 80);
    assertThatThrownBy(() -> fbank.compute(new float[399])).hasMessageContaining("399 samples");
  }

  @Test
  void silenceAndDcHitTheEpsilonFloor() {
    float[] dc = new float[1600];
    Arrays.fill(dc, 0.3f);
    FeatureMatrix f = fbank.compute(dc);
    // DC is removed per frame, so every energy is floored at FLT_EPSILON.
    assertThat((double) f.get(3, 40)).isCloseTo(Math.log(Math.ulp(1.0f)), Offset.offset(1e-5));
  }

  @Test
  void aToneLightsTheMelBinCoveringItsFrequency() {
    FeatureMatrix f = fbank.compute(TestWavs.sine(1000, 0.5, 16000, 16000));
    int best = 0;
    for (int b = 1; b < 80; b++) {
      if (f.get(10, b) > f.get(10, best)) {
        best = b;
      }
    }
    // HTK mel: 20 Hz .. 8 kHz in 81 steps; 1 kHz (1000.0 mel) sits in the bin whose centre is nearest.
    double melLow = 1127 * Math.log(1 + 20 / 700.0);
    double delta = (1127 * Math.log(1 + 8000 / 700.0) - melLow) / 81;
    int expected = (int) Math.round((1127 * Math.log(1 + 1000 / 700.0) - melLow) / delta) - 1;
    assertThat(best).isBetween(expected - 1, expected + 1);
    assertThat(f.get(10, best) - f.get(10, 70)).isGreaterThan(8f);
  }
}
