package io.ofa4j.modality.audio;

import static java.util.Objects.requireNonNull;

/**
 * Band-limited resampling by a Kaiser-windowed sinc filter (Smith, "Digital Audio Resampling",
 * and the same design as torchaudio's {@code resampling_method="sinc_interp_kaiser"}).
 *
 * <p>Output sample {@code n} lies at input time {@code t = n * inRate / outRate} and is
 * {@code y[n] = sum_k x[k] h(t - k)} with {@code h(d) = 2 fc sinc(2 fc d) w(d / W)}, where
 * {@code fc = rolloff * min(inRate, outRate) / 2 / inRate} is the cut-off in cycles per input
 * sample (default {@value #DEFAULT_ROLLOFF} of the lower Nyquist frequency, e.g. 7560 Hz when going
 * to 16 kHz), {@code W = zeroCrossings / (2 fc)} the half-width in input samples (default
 * {@value #DEFAULT_ZERO_CROSSINGS} zero crossings each side: 188 taps for 44.1 -> 16 kHz) and
 * {@code w} the Kaiser window with {@code beta} = {@value #DEFAULT_BETA} (about 115 dB side-lobe
 * attenuation). Each phase's taps are normalised to sum to 1 so DC passes with gain exactly 1.
 * Samples outside the signal count as zero. When {@code outRate / gcd} is at most
 * {@value #MAX_PHASES} the taps are tabulated per phase; otherwise computed per output sample.
 */
public final class KaiserSincResampler {
  /** Default fraction of the lower Nyquist frequency kept. */
  public static final double DEFAULT_ROLLOFF = 0.945;
  /** Default number of sinc zero crossings on each side of the centre. */
  public static final int DEFAULT_ZERO_CROSSINGS = 32;
  /** Default Kaiser window shape parameter. */
  public static final double DEFAULT_BETA = 12.0;
  private static final int MAX_PHASES = 4096;

  private final double rolloff;
  private final int zeroCrossings;
  private final double beta;

  /** A resampler with the documented defaults. */
  public KaiserSincResampler() {
    this(DEFAULT_ROLLOFF, DEFAULT_ZERO_CROSSINGS, DEFAULT_BETA);
  }

  /** A resampler with explicit filter parameters; all must be positive, rolloff at most 1. */
  public KaiserSincResampler(double rolloff, int zeroCrossings, double beta) {
    if (!(rolloff > 0 && rolloff <= 1)) {
      throw new IllegalArgumentException("rolloff must be in (0, 1], found " + rolloff);
    }
    if (zeroCrossings < 1 || zeroCrossings > 1024) {
      throw new IllegalArgumentException("zeroCrossings must be in [1, 1024], found " + zeroCrossings);
    }
    if (!(beta >= 0) || Double.isInfinite(beta)) {
      throw new IllegalArgumentException("beta must be >= 0 and finite, found " + beta);
    }
    this.rolloff = rolloff;
    this.zeroCrossings = zeroCrossings;
    this.beta = beta;
  }

  /** Resamples {@code x} from {@code inRate} to {@code outRate} Hz; output length {@code ceil(n * out / in)}. */
  public float[] resample(float[] x, int inRate, int outRate) {
    requireNonNull(x, "x is null");
    if (inRate <= 0 || outRate <= 0) {
      throw new IllegalArgumentException("sample rates must be > 0, found in " + inRate + ", out " + outRate);
    }
    if (inRate == outRate) {
      return x.clone();
    }
    int g = gcd(inRate, outRate);
    long in = inRate / g;
    long out = outRate / g;
    double fc = rolloff * Math.min(inRate, outRate) / 2.0 / inRate;
    double halfWidth = zeroCrossings / (2 * fc);
    int k = (int) Math.ceil(halfWidth);
    int taps = 2 * k;
    long length = (x.length * out + in - 1) / in;
    if (length > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("resampling " + x.length + " samples from " + inRate + " to " + outRate
          + " Hz gives " + length + " samples, more than an array holds");
    }
    int n = (int) length;
    float[] y = new float[n];
    double[][] table = out <= MAX_PHASES ? new double[(int) out][] : null;
    double[] scratch = new double[taps];
    for (int i = 0; i < n; i++) {
      long num = i * in;
      long base = num / out;
      int phase = (int) (num % out);
      double[] h;
      if (table != null) {
        h = table[phase];
        if (h == null) {
          h = table[phase] = taps(phase / (double) out, k, fc, halfWidth, new double[taps]);
        }
      } else {
        h = taps(phase / (double) out, k, fc, halfWidth, scratch);
      }
      int first = (int) (base - k + 1); // base < x.length, so this fits an int
      double acc = 0;
      int j0 = Math.max(0, -first);
      int j1 = Math.min(taps, x.length - first);
      for (int j = j0; j < j1; j++) {
        acc += h[j] * x[first + j];
      }
      y[i] = (float) acc;
    }
    return y;
  }

  /** Taps for input samples {@code floor(t)-k+1 .. floor(t)+k}, {@code frac = t - floor(t)}. */
  private double[] taps(double frac, int k, double fc, double halfWidth, double[] h) {
    double sum = 0;
    for (int j = 0; j < h.length; j++) {
      double d = frac + k - 1 - j; // t - input index
      double u = d / halfWidth;
      double v = 0;
      if (Math.abs(u) < 1) {
        double a = 2 * Math.PI * fc * d;
        double sinc = d == 0 ? 1 : Math.sin(a) / a;
        v = 2 * fc * sinc * besselI0(beta * Math.sqrt(1 - u * u)) / besselI0(beta);
      }
      h[j] = v;
      sum += v;
    }
    for (int j = 0; j < h.length; j++) {
      h[j] /= sum;
    }
    return h;
  }

  /** Modified Bessel function of the first kind, order 0, by its power series. */
  static double besselI0(double x) {
    double term = 1;
    double sum = 1;
    double q = x * x / 4;
    for (int m = 1; m < 200 && term > 1e-17 * sum; m++) {
      term *= q / ((double) m * m);
      sum += term;
    }
    return sum;
  }

  private static int gcd(int a, int b) {
    while (b != 0) {
      int t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
