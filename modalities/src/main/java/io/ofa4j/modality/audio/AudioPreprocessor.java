package io.ofa4j.modality.audio;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * AUDIO slot preprocessing: decode (WAV/FLAC), down-mix to mono, resample to 16 kHz with
 * {@link KaiserSincResampler}, extract {@link WhisperLogMel} or {@link KaldiFbank} features and, at
 * training time only, apply {@link SpecAugment}. Thread-safe.
 */
public final class AudioPreprocessor {
  /** Longest input accepted, in seconds; longer recordings should be split (memory stays bounded). */
  public static final int MAX_SECONDS = 3600;

  private final AudioFeatureConfig config;
  private final KaiserSincResampler resampler;
  private final WhisperLogMel whisper;
  private final KaldiFbank fbank;

  /** A preprocessor for the given configuration. */
  public AudioPreprocessor(AudioFeatureConfig config) {
    this.config = requireNonNull(config, "config is null");
    this.resampler = new KaiserSincResampler();
    this.whisper = config.kind() == AudioFeatureConfig.Kind.WHISPER ? new WhisperLogMel(config.numMelBins()) : null;
    this.fbank = config.kind() == AudioFeatureConfig.Kind.FBANK ? new KaldiFbank(config.numMelBins()) : null;
  }

  /** The configuration. */
  public AudioFeatureConfig config() {
    return config;
  }

  /** Reads and preprocesses a file. */
  public AudioFeatures process(Path file, boolean training, long seed) {
    return process(AudioReader.read(file), file.toString(), training, seed);
  }

  /**
   * Preprocesses decoded audio; {@code name} identifies the input in error messages.
   *
   * @param training apply SpecAugment (never at evaluation or inference time)
   * @param seed SpecAugment seed
   */
  public AudioFeatures process(PcmAudio audio, String name, boolean training, long seed) {
    requireNonNull(audio, "audio is null");
    requireNonNull(name, "name is null");
    if (audio.durationSeconds() > MAX_SECONDS) {
      throw new AudioFormatException(name + ": audio of " + Math.round(audio.durationSeconds()) + " s exceeds the "
          + MAX_SECONDS + " s limit (split long recordings)");
    }
    float[] mono = audio.toMono();
    for (int i = 0; i < mono.length; i++) {
      if (!Float.isFinite(mono[i])) {
        throw new AudioFormatException(name + ": sample " + i + " is " + mono[i]);
      }
    }
    float[] wave = resampler.resample(mono, audio.sampleRate(), WhisperLogMel.SAMPLE_RATE);
    FeatureMatrix binsByFrames;
    try {
      if (whisper != null) {
        binsByFrames = whisper.compute(config.padTo30s() ? WhisperLogMel.padOrTrim30s(wave) : wave);
      } else {
        binsByFrames = fbank.compute(wave).transpose();
      }
    } catch (IllegalArgumentException e) {
      throw new AudioFormatException(name + ": " + e.getMessage(), e);
    }
    if (training && !config.specAugment().isNone()) {
      binsByFrames = config.specAugment().apply(binsByFrames, seed);
    }
    return new AudioFeatures(binsByFrames.transpose(), audio.sampleRate(), audio.numChannels(),
        audio.numSamples(), wave.length);
  }
}
