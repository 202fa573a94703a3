package io.ofa4j.modality.audio;

/**
 * Triangular mel filter banks over the bins of a one-sided spectrum, as in transformers'
 * {@code audio_utils.mel_filter_bank}: filter edges equally spaced on the mel scale between
 * {@code minHz} and {@code maxHz}, triangles built in Hz over the FFT bin frequencies
 * {@code linspace(0, sampleRate / 2, numFrequencyBins)}, optional Slaney area normalisation
 * {@code 2 / (f[i+2] - f[i])}. Computed in float64.
 */
public final class MelFilterBank {
  /** The mel scale used to place the filter edges. */
  public enum Scale {
    /** Slaney / librosa: linear below 1 kHz ({@code 3 f / 200}), logarithmic above. */
    SLANEY,
    /** HTK: {@code 2595 log10(1 + f / 700)}. */
    HTK
  }

  private MelFilterBank() {}

  /**
   * The filter matrix {@code [numMel][numFrequencyBins]}.
   *
   * @param slaneyNorm multiply each filter by {@code 2 / (upper edge - lower edge)} (Hz)
   */
  public static double[][] create(int numFrequencyBins, int numMel, double minHz, double maxHz,
      int sampleRate, Scale scale, boolean slaneyNorm) {
    if (numFrequencyBins < 2 || numMel < 1 || !(minHz >= 0) || !(maxHz > minHz) || sampleRate <= 0) {
      throw new IllegalArgumentException("invalid mel filter bank: bins " + numFrequencyBins + ", mels " + numMel
          + ", range " + minHz + ".." + maxHz + " Hz, sample rate " + sampleRate);
    }
    double[] mels = linspace(hzToMel(minHz, scale), hzToMel(maxHz, scale), numMel + 2);
    double[] edges = new double[mels.length];
    for (int i = 0; i < mels.length; i++) {
      edges[i] = melToHz(mels[i], scale);
    }
    double[] fft = linspace(0, sampleRate / 2, numFrequencyBins); // integer Nyquist as in transformers
    double[][] f = new double[numMel][numFrequencyBins];
    for (int m = 0; m < numMel; m++) {
      double lower = edges[m + 1] - edges[m];
      double upper = edges[m + 2] - edges[m + 1];
      double norm = slaneyNorm ? 2.0 / (edges[m + 2] - edges[m]) : 1.0;
      for (int b = 0; b < numFrequencyBins; b++) {
        double down = (fft[b] - edges[m]) / lower;
        double up = (edges[m + 2] - fft[b]) / upper;
        f[m][b] = Math.max(0, Math.min(down, up)) * norm;
      }
    }
    return f;
  }

  /** Hz to mel on the given scale. */
  public static double hzToMel(double hz, Scale scale) {
    if (scale == Scale.HTK) {
      return 2595.0 * Math.log10(1.0 + hz / 700.0);
    }
    double mel = 3.0 * hz / 200.0;
    if (hz >= 1000.0) {
      mel = 15.0 + Math.log(hz / 1000.0) * (27.0 / Math.log(6.4));
    }
    return mel;
  }

  /** Mel to Hz on the given scale. */
  public static double melToHz(double mel, Scale scale) {
    if (scale == Scale.HTK) {
      return 700.0 * (Math.pow(10.0, mel / 2595.0) - 1.0);
    }
    double hz = 200.0 * mel / 3.0;
    if (mel >= 15.0) {
      hz = 1000.0 * Math.exp(Math.log(6.4) / 27.0 * (mel - 15.0));
    }
    return hz;
  }

  /** numpy's {@code linspace}: {@code a + i * step}, the last value set to {@code b} exactly. */
  static double[] linspace(double a, double b, int n) {
    double[] y = new double[n];
    double step = n > 1 ? (b - a) / (n - 1) : 0;
    for (int i = 0; i < n; i++) {
      y[i] = a + i * step;
    }
    if (n > 1) {
      y[n - 1] = b;
    }
    return y;
  }
}
