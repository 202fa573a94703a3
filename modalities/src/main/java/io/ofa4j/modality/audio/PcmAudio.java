package io.ofa4j.modality.audio;

import static java.util.Objects.requireNonNull;

/**
 * Decoded audio: one float array per channel, samples scaled to [-1, 1) (int PCM divided by
 * 2^(bits-1), as transformers feeds int16 / 32768), and the sample rate in Hz.
 *
 * @param channels {@code [channel][sample]}, all channels of equal length
 * @param sampleRate samples per second, > 0
 */
public record PcmAudio(float[][] channels, int sampleRate) {

  /** Validates that there is at least one channel, channels are equal length, rate positive. */
  public PcmAudio {
    requireNonNull(channels, "channels is null");
    if (channels.length == 0) {
      throw new IllegalArgumentException("audio has no channels");
    }
    if (sampleRate <= 0) {
      throw new IllegalArgumentException("sampleRate must be > 0, found " + sampleRate);
    }
    for (int c = 0; c < channels.length; c++) {
      requireNonNull(channels[c], "channel " + c + " is null");
      if (channels[c].length != channels[0].length) {
        throw new IllegalArgumentException(
            "channel " + c + " has " + channels[c].length + " samples, channel 0 has " + channels[0].length);
      }
    }
  }

  /** Wraps a mono signal. */
  public static PcmAudio mono(float[] samples, int sampleRate) {
    return new PcmAudio(new float[][] {requireNonNull(samples, "samples is null")}, sampleRate);
  }

  /** Number of samples per channel. */
  public int numSamples() {
    return channels[0].length;
  }

  /** Number of channels. */
  public int numChannels() {
    return channels.length;
  }

  /** Duration in seconds. */
  public double durationSeconds() {
    return numSamples() / (double) sampleRate;
  }

  /** The channel average (the usual down-mix; a mono input is returned as is, not copied). */
  public float[] toMono() {
    if (channels.length == 1) {
      return channels[0];
    }
    int n = numSamples();
    float[] out = new float[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (float[] ch : channels) {
        s += ch[i];
      }
      out[i] = (float) (s / channels.length);
    }
    return out;
  }
}
