package io.ofa4j.modality.audio;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Kaldi {@code compute-fbank-feats} log mel filter-bank energies with Kaldi's defaults except
 * dither, as used by wav2vec/HuBERT-era ASR recipes and torchaudio {@code compliance.kaldi.fbank}:
 *
 * <ul>
 *   <li>input scaled by 32768 (Kaldi works on int16 sample values), 16 kHz;
 *   <li>frames of 25 ms (400) every 10 ms (160), {@code snip_edges=true}: {@code 1 + (n - 400) / 160}
 *       frames, no padding;
 *   <li>per frame: DC offset removed, pre-emphasis {@code x[i] -= 0.97 x[i-1]} ({@code x[0] -=
 *       0.97 x[0]}), Povey window {@code (0.5 - 0.5 cos(2 pi i / 399))^0.85}, zero-padded to 512;
 *   <li>power spectrum, {@code numBins} (default 80) triangular filters equally spaced on the HTK
 *       mel scale {@code 1127 ln(1 + f / 700)} from 20 Hz to Nyquist, triangles in the mel domain
 *       over FFT bins 0..255 (the Nyquist bin is left out, as in Kaldi), no normalisation;
 *   <li>{@code ln(max(energy, FLT_EPSILON))}; dither 0, no energy coefficient.
 * </ul>
 *
 * <p>Output layout is Kaldi's {@code [frames, bins]}.
 */
public final class KaldiFbank {
  private static final int FRAME = 400;
  private static final int SHIFT = 160;
  private static final int PADDED = 512;
  private static final double PREEMPH = 0.97;
  private static final double LOW_HZ = 20;
  private static final double FLT_EPSILON = Math.ulp(1.0f);

  private final int numBins;
  private final double[][] banks; // [bin][256]
  private final double[] window;
  private final int[] bankStart; // first non-zero FFT bin of each filter
  private final int[] bankEnd; // one past the last non-zero bin

  /** An fbank extractor with {@code numBins} mel bins (Kaldi default 23, speech recipes 80). */
  public KaldiFbank(int numBins) {
    if (numBins < 1 || numBins > 256) {
      throw new IllegalArgumentException("numBins must be in [1, 256], found " + numBins);
    }
    this.numBins = numBins;
    this.banks = melBanks(numBins, WhisperLogMel.SAMPLE_RATE);
    this.bankStart = new int[numBins];
    this.bankEnd = new int[numBins];
    for (int b = 0; b < numBins; b++) {
      int s = 0;
      while (s < PADDED / 2 && banks[b][s] == 0) {
        s++;
      }
      int e = PADDED / 2;
      while (e > s && banks[b][e - 1] == 0) {
        e--;
      }
      bankStart[b] = s;
      bankEnd[b] = e;
    }
    this.window = new double[FRAME];
    for (int i = 0; i < FRAME; i++) {
      window[i] = Math.pow(0.5 - 0.5 * Math.cos(2 * Math.PI * i / (FRAME - 1)), 0.85);
    }
  }

  /** Number of mel bins. */
  public int numBins() {
    return numBins;
  }

  /**
   * Fbank features {@code [frames, numBins]} of a 16 kHz mono waveform in [-1, 1).
   *
   * @throws IllegalArgumentException when the waveform is shorter than one 400-sample frame
   */
  public FeatureMatrix compute(float[] samples) {
    requireNonNull(samples, "samples is null");
    if (samples.length < FRAME) {
      throw new IllegalArgumentException("waveform of " + samples.length + " samples is shorter than one "
          + FRAME + "-sample frame");
    }
    int frames = 1 + (samples.length - FRAME) / SHIFT;
    DoubleFFT_1D fft = new DoubleFFT_1D(PADDED);
    double[] buf = new double[PADDED];
    double[] power = new double[PADDED / 2];
    float[] out = new float[frames * numBins];
    for (int t = 0; t < frames; t++) {
      Arrays.fill(buf, 0);
      double mean = 0;
      for (int i = 0; i < FRAME; i++) {
        buf[i] = samples[t * SHIFT + i] * 32768.0;
        mean += buf[i];
      }
      mean /= FRAME;
      for (int i = 0; i < FRAME; i++) {
        buf[i] -= mean;
      }
      for (int i = FRAME - 1; i > 0; i--) {
        buf[i] -= PREEMPH * buf[i - 1];
      }
      buf[0] -= PREEMPH * buf[0];
      for (int i = 0; i < FRAME; i++) {
        buf[i] *= window[i];
      }
      fft.realForward(buf);
      power[0] = buf[0] * buf[0];
      for (int k = 1; k < PADDED / 2; k++) {
        power[k] = buf[2 * k] * buf[2 * k] + buf[2 * k + 1] * buf[2 * k + 1];
      }
      for (int b = 0; b < numBins; b++) {
        double e = 0;
        for (int k = bankStart[b]; k < bankEnd[b]; k++) {
          e += banks[b][k] * power[k];
        }
        out[t * numBins + b] = (float) Math.log(Math.max(e, FLT_EPSILON));
      }
    }
    return new FeatureMatrix(frames, numBins, out);
  }

  /** Kaldi's {@code MelBanks}: triangles in the mel domain over FFT bins 0..255. */
  private static double[][] melBanks(int numBins, int sampleRate) {
    double binWidth = sampleRate / (double) PADDED;
    double melLow = mel(LOW_HZ);
    double melHigh = mel(sampleRate / 2.0);
    double delta = (melHigh - melLow) / (numBins + 1);
    double[][] w = new double[numBins][PADDED / 2];
    for (int b = 0; b < numBins; b++) {
      double left = melLow + b * delta;
      double centre = left + delta;
      double right = centre + delta;
      for (int k = 0; k < PADDED / 2; k++) {
        double m = mel(binWidth * k);
        if (m > left && m < right) {
          w[b][k] = m <= centre ? (m - left) / (centre - left) : (right - m) / (right - centre);
        }
      }
    }
    return w;
  }

  private static double mel(double hz) {
    return 1127.0 * Math.log(1.0 + hz / 700.0);
  }
}
