package io.ofa4j.modality.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpecAugmentTest {
  private static FeatureMatrix ramp() {
    float[] v = new float[80 * 200];
    for (int i = 0; i < v.length; i++) {
      v[i] = i;
    }
    return new FeatureMatrix(80, 200, v);
  }

  @Test
  void sameSeedSameMasksAndOnlyWholeBandsAndSpansAreMasked() {
    SpecAugment sa = new SpecAugment(2, 20, 2, 50, 1.0);
    FeatureMatrix a = sa.apply(ramp(), 7);
    assertThat(a.values()).containsExactly(sa.apply(ramp(), 7).values());
    assertThat(a.values()).isNotEqualTo(sa.apply(ramp(), 8).values());
    float fill = (80 * 200 - 1) / 2f;
    int changed = 0;
    for (int b = 0; b < 80; b++) {
      int rowChanged = 0;
      for (int t = 0; t < 200; t++) {
        if (a.get(b, t) != b * 200 + t) {
          assertThat(a.get(b, t)).isEqualTo(fill);
          rowChanged++;
        }
      }
      changed += rowChanged;
    }
    assertThat(changed).isPositive();
  }

  @Test
  void noneLeavesFeaturesAloneAndBadPolicyIsRejected() {
    assertThat(SpecAugment.NONE.isNone()).isTrue();
    assertThat(SpecAugment.NONE.apply(ramp(), 1).values()).containsExactly(ramp().values());
    assertThatThrownBy(() -> new SpecAugment(1, 10, 1, 10, 1.5)).hasMessageContaining("found 1.5");
  }

  @Test
  void preprocessorAugmentsOnlyWhenTraining() {
    AudioPreprocessor p = new AudioPreprocessor(new AudioFeatureConfig(AudioFeatureConfig.Kind.WHISPER, 80, false,
        SpecAugment.LIBRISPEECH_DOUBLE));
    PcmAudio audio = PcmAudio.mono(TestWavs.sine(700, 0.3, 16000, 16000), 16000);
    AudioFeatures eval = p.process(audio, "a", false, 3);
    AudioFeatures train = p.process(audio, "a", true, 3);
    assertThat(eval.features().shape()).containsExactly(100, 80);
    assertThat(eval.features().values()).isNotEqualTo(train.features().values());
    assertThat(eval.features().values()).containsExactly(p.process(audio, "a", false, 99).features().values());
  }
}
