package io.ofa4j.modality.audio;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Whisper log-mel features, following transformers 4.57.1 {@code WhisperFeatureExtractor} (numpy
 * path {@code _np_extract_fbank_features}): 16 kHz input, periodic Hann window of
 * {@value #N_FFT}, hop {@value #HOP}, {@code center=True} with reflect padding of 200 on both
 * sides, {@code |rfft|^2} (the spectrum rounded to complex64 as numpy holds it), Slaney mel filters
 * 0-8000 Hz with Slaney norm, {@code log10(max(mel, 1e-10))}, the last frame dropped
 * ({@code L / 160} frames), then {@code max(x, max(x) - 8)} and {@code (x + 4) / 4}.
 *
 * <p>Arithmetic is float64 up to the final float32 rounding; agreement with the golden arrays is
 * about 1e-7. Instances are immutable and thread-safe.
 */
public final class WhisperLogMel {
  /** Whisper's sample rate. */
  public static final int SAMPLE_RATE = 16_000;
  /** FFT size and window length (25 ms). */
  public static final int N_FFT = 400;
  /** Hop length (10 ms). */
  public static final int HOP = 160;
  /** Samples in Whisper's 30 s input window. */
  public static final int N_SAMPLES_30S = 30 * SAMPLE_RATE;

  private final int numMelBins;
  private final double[][] filters; // [mel][201]
  private final int[] filterStart;
  private final int[] filterEnd;
  private final double[] window; // [400]

  /** Log-mel with 80 (Whisper v1-v2) or 128 (Whisper v3) bins; other counts work the same way. */
  public WhisperLogMel(int numMelBins) {
    if (numMelBins < 1 || numMelBins > 512) {
      throw new IllegalArgumentException("numMelBins must be in [1, 512], found " + numMelBins);
    }
    this.numMelBins = numMelBins;
    this.filters = MelFilterBank.create(N_FFT / 2 + 1, numMelBins, 0, 8000, SAMPLE_RATE,
        MelFilterBank.Scale.SLANEY, true);
    this.filterStart = new int[numMelBins];
    this.filterEnd = new int[numMelBins];
    for (int m = 0; m < numMelBins; m++) {
      int s = 0;
      while (s < filters[m].length && filters[m][s] == 0) {
        s++;
      }
      int e = filters[m].length;
      while (e > s && filters[m][e - 1] == 0) {
        e--;
      }
      filterStart[m] = s;
      filterEnd[m] = e;
    }
    this.window = new double[N_FFT];
    for (int i = 0; i < N_FFT; i++) {
      window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / N_FFT); // periodic Hann
    }
  }

  /** Number of mel bins. */
  public int numMelBins() {
    return numMelBins;
  }

  /** Zero-pads (or truncates) to 30 s, Whisper's default {@code padding="max_length"}. */
  public static float[] padOrTrim30s(float[] samples) {
    requireNonNull(samples, "samples is null");
    return Arrays.copyOf(samples, N_SAMPLES_30S);
  }

  /**
   * Features of a 16 kHz mono waveform as {@code [numMelBins, samples / 160]}.
   *
   * @throws IllegalArgumentException when the waveform has fewer than 160 samples (no frame)
   */
  public FeatureMatrix compute(float[] samples) {
    requireNonNull(samples, "samples is null");
    int n = samples.length;
    int frames = n / HOP;
    if (frames == 0) {
      throw new IllegalArgumentException("waveform of " + n + " samples is shorter than one hop (" + HOP + ")");
    }
    DoubleFFT_1D fft = new DoubleFFT_1D(N_FFT);
    double[] buf = new double[N_FFT];
    double[] power = new double[N_FFT / 2 + 1];
    double[] logMel = new double[numMelBins * frames]; // [mel, frame]
    double max = Double.NEGATIVE_INFINITY;
    for (int t = 0; t < frames; t++) {
      int start = t * HOP - N_FFT / 2; // centre padding of n_fft / 2
      if (start >= 0 && start + N_FFT <= n) {
        for (int i = 0; i < N_FFT; i++) {
          buf[i] = samples[start + i] * window[i];
        }
      } else { // the first and last frames reach into the reflect padding
        for (int i = 0; i < N_FFT; i++) {
          buf[i] = samples[reflect(start + i, n)] * window[i];
        }
      }
      fft.realForward(buf); // packed: [Re0, Re200, Re1, Im1, ..., Re199, Im199]
      power[0] = sq((float) buf[0]);
      power[N_FFT / 2] = sq((float) buf[1]);
      for (int k = 1; k < N_FFT / 2; k++) {
        // numpy stores the spectrum as complex64 before taking the magnitude
        power[k] = sq((float) buf[2 * k]) + sq((float) buf[2 * k + 1]);
      }
      for (int m = 0; m < numMelBins; m++) {
        double s = 0;
        double[] f = filters[m];
        for (int k = filterStart[m]; k < filterEnd[m]; k++) {
          s += f[k] * power[k];
        }
        double v = Math.log10(Math.max(s, 1e-10));
        logMel[m * frames + t] = v;
        max = Math.max(max, v);
      }
    }
    float[] out = new float[logMel.length];
    double floor = max - 8.0;
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) ((Math.max(logMel[i], floor) + 4.0) / 4.0);
    }
    return new FeatureMatrix(numMelBins, frames, out);
  }

  private static double sq(float v) {
    return (double) v * v;
  }

  /** numpy {@code mode="reflect"} index (edge sample not repeated), for any offset. */
  static int reflect(int i, int n) {
    if (n == 1) {
      return 0;
    }
    int period = 2 * (n - 1);
    int j = Math.floorMod(i, period);
    return j < n ? j : period - j;
  }
}
