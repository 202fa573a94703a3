package io.ofa4j.modality.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class KaiserSincResamplerTest {
  private final KaiserSincResampler resampler = new KaiserSincResampler();

  @Test
  void keepsFrequencyAndAmplitudeOfA1kHzSineFrom44100To16000() {
    float[] x = TestWavs.sine(1000, 0.5, 44100, 44100);
    float[] y = resampler.resample(x, 44100, 16000);
    assertThat(y).hasSize(16000);
    // Away from the edges the output must be the ideal 16 kHz sine, sample by sample.
    double maxErr = 0;
    for (int i = 400; i < 15600; i++) {
      maxErr = Math.max(maxErr, Math.abs(y[i] - 0.5 * Math.sin(2 * Math.PI * 1000 * i / 16000.0)));
    }
    assertThat(maxErr).isLessThan(1e-3);
    assertThat(amplitudeAt(y, 16000, 1000)).isCloseTo(0.5, Offset.offset(0.002));
  }

  @Test
  void suppressesAliasOfA10kHzTone() {
    float[] x = TestWavs.sine(10000, 0.5, 44100, 44100);
    float[] y = resampler.resample(x, 44100, 16000);
    // Without a low-pass filter 10 kHz would fold to 6 kHz at amplitude 0.5.
    double alias = amplitudeAt(y, 16000, 6000);
    assertThat(20 * Math.log10(alias / 0.5)).isLessThan(-80);
    double rms = 0;
    for (int i = 400; i < 15600; i++) {
      rms += y[i] * y[i];
    }
    assertThat(Math.sqrt(rms / 15200)).isLessThan(1e-4);
  }

  @Test
  void upsamplesAndKeepsDc() {
    float[] x = new float[8000];
    Arrays.fill(x, 0.25f);
    float[] y = resampler.resample(x, 8000, 16000);
    assertThat(y).hasSize(16000);
    assertThat((double) y[8000]).isCloseTo(0.25, Offset.offset(1e-6));
    float[] s = resampler.resample(TestWavs.sine(440, 0.5, 8000, 8000), 8000, 16000);
    assertThat(amplitudeAt(s, 16000, 440)).isCloseTo(0.5, Offset.offset(0.003));
  }

  @Test
  void oddRatesUseTheUntabulatedPath() {
    float[] x = TestWavs.sine(1000, 0.5, 44101, 44101);
    float[] y = resampler.resample(x, 44101, 16000);
    assertThat(amplitudeAt(y, 16000, 1000)).isCloseTo(0.5, Offset.offset(0.003));
  }

  /** Amplitude of a sinusoid at {@code hz} by correlation over the interior, away from the edges. */
  static double amplitudeAt(float[] y, int rate, double hz) {
    double re = 0;
    double im = 0;
    int a = rate / 40;
    int b = y.length - rate / 40;
    // Whole number of periods of every tone used: a and b are multiples of rate/40 and the tones of 40 Hz.
    for (int i = a; i < b; i++) {
      double w = 2 * Math.PI * hz * i / rate;
      re += y[i] * Math.cos(w);
      im += y[i] * Math.sin(w);
    }
    return 2 * Math.hypot(re, im) / (b - a);
  }
}
