package io.ofa4j.modality.audio;

import static java.util.Objects.requireNonNull;

/**
 * The result of AUDIO preprocessing.
 *
 * @param features time-major features {@code [frames, bins]}, the adapter's input layout
 * @param inputSampleRate sample rate of the decoded file
 * @param inputChannels channel count of the decoded file
 * @param inputSamples samples per channel of the decoded file
 * @param samples16k samples of the 16 kHz mono waveform the features were computed from
 */
public record AudioFeatures(FeatureMatrix features, int inputSampleRate, int inputChannels, int inputSamples,
    int samples16k) {

  /** Checks the pieces. */
  public AudioFeatures {
    requireNonNull(features, "features is null");
    if (inputSampleRate <= 0 || inputChannels <= 0 || inputSamples <= 0 || samples16k <= 0) {
      throw new IllegalArgumentException("invalid audio facts: rate " + inputSampleRate + ", channels "
          + inputChannels + ", samples " + inputSamples + ", 16 kHz samples " + samples16k);
    }
  }

  /** Duration of the input in seconds. */
  public double durationSeconds() {
    return inputSamples / (double) inputSampleRate;
  }
}
