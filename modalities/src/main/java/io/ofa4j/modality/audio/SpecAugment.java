package io.ofa4j.modality.audio;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * SpecAugment frequency and time masking (Park et al. 2019, "SpecAugment: A Simple Data
 * Augmentation Method for ASR", sections 2 and 3; time warping is left out). Applied at training
 * time only, and deterministic for a given seed.
 *
 * <p>Each frequency mask covers {@code f ~ U[0, maxFrequencyWidth]} consecutive bins starting at
 * {@code U[0, bins - f]}; each time mask covers {@code t ~ U[0, min(maxTimeWidth, maxTimeRatio *
 * frames)]} frames. Masked cells are set to the mean of the input (Park et al. mask with 0 after
 * mean normalisation, which is the same thing for normalised features).
 *
 * @param frequencyMasks number of frequency masks (F-masks), >= 0
 * @param maxFrequencyWidth largest F-mask width in bins, >= 0
 * @param timeMasks number of time masks, >= 0
 * @param maxTimeWidth largest time-mask width in frames, >= 0
 * @param maxTimeRatio upper bound p of a time mask as a fraction of the frames, in [0, 1]
 */
public record SpecAugment(int frequencyMasks, int maxFrequencyWidth, int timeMasks, int maxTimeWidth,
    double maxTimeRatio) {

  /** No masking. */
  public static final SpecAugment NONE = new SpecAugment(0, 0, 0, 0, 0);
  /** LibriSpeech "LD" policy: 2 F-masks of up to 27 bins, 2 time masks of up to 100 frames, p = 1. */
  public static final SpecAugment LIBRISPEECH_DOUBLE = new SpecAugment(2, 27, 2, 100, 1.0);

  /** Validates counts and widths. */
  public SpecAugment {
    if (frequencyMasks < 0 || maxFrequencyWidth < 0 || timeMasks < 0 || maxTimeWidth < 0) {
      throw new IllegalArgumentException("SpecAugment counts and widths must be >= 0, found frequencyMasks "
          + frequencyMasks + ", maxFrequencyWidth " + maxFrequencyWidth + ", timeMasks " + timeMasks
          + ", maxTimeWidth " + maxTimeWidth);
    }
    if (!(maxTimeRatio >= 0 && maxTimeRatio <= 1)) {
      throw new IllegalArgumentException("maxTimeRatio must be in [0, 1], found " + maxTimeRatio);
    }
  }

  /** Whether this policy masks nothing. */
  public boolean isNone() {
    return (frequencyMasks == 0 || maxFrequencyWidth == 0) && (timeMasks == 0 || maxTimeWidth == 0);
  }

  /**
   * Returns a masked copy of {@code features} laid out {@code [bins, frames]} (Whisper layout).
   */
  public FeatureMatrix apply(FeatureMatrix features, long seed) {
    requireNonNull(features, "features is null");
    float[] v = features.values().clone();
    int bins = features.rows();
    int frames = features.cols();
    double mean = 0;
    for (float x : v) {
      mean += x;
    }
    float fill = v.length == 0 ? 0f : (float) (mean / v.length);
    SplittableRandom rng = new SplittableRandom(seed);
    for (int i = 0; i < frequencyMasks; i++) {
      int f = rng.nextInt(Math.min(maxFrequencyWidth, bins) + 1);
      int f0 = rng.nextInt(bins - f + 1);
      for (int b = f0; b < f0 + f; b++) {
        Arrays.fill(v, b * frames, (b + 1) * frames, fill);
      }
    }
    int timeCap = (int) Math.min(maxTimeWidth, Math.floor(maxTimeRatio * frames));
    for (int i = 0; i < timeMasks; i++) {
      int t = rng.nextInt(timeCap + 1);
      int t0 = rng.nextInt(frames - t + 1);
      for (int b = 0; b < bins; b++) {
        Arrays.fill(v, b * frames + t0, b * frames + t0 + t, fill);
      }
    }
    return new FeatureMatrix(bins, frames, v);
  }
}
