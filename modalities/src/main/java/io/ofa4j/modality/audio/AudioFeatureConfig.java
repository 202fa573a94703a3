package io.ofa4j.modality.audio;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How an AUDIO slot becomes features.
 *
 * @param kind Whisper log-mel or Kaldi fbank
 * @param numMelBins mel bins (Whisper: 80 or 128; Kaldi: typically 80)
 * @param padTo30s zero-pad or truncate to 30 s before Whisper features (Whisper's default; ignored
 *     for fbank)
 * @param specAugment masking applied at training time only
 */
public record AudioFeatureConfig(Kind kind, int numMelBins, boolean padTo30s, SpecAugment specAugment) {
  /** Slot attribute names understood by {@link #fromAttributes}. */
  public static final Set<String> ATTRIBUTES = Set.of("features", "mel_bins", "pad_30s", "spec_augment");

  /** The feature extractor. */
  public enum Kind {
    /** {@link WhisperLogMel}. */
    WHISPER,
    /** {@link KaldiFbank}. */
    FBANK
  }

  /** Whisper 80-bin log-mel, unpadded, no augmentation. */
  public static final AudioFeatureConfig DEFAULT = new AudioFeatureConfig(Kind.WHISPER, 80, false, SpecAugment.NONE);

  /** Validates the fields. */
  public AudioFeatureConfig {
    requireNonNull(kind, "kind is null");
    requireNonNull(specAugment, "specAugment is null");
    if (numMelBins < 1 || numMelBins > 256) {
      throw new IllegalArgumentException("mel_bins must be in [1, 256], found " + numMelBins);
    }
  }

  /**
   * Reads slot attributes: {@code features=whisper|fbank}, {@code mel_bins=80},
   * {@code pad_30s=true|false}, {@code spec_augment=none|librispeech}.
   */
  public static AudioFeatureConfig fromAttributes(Map<String, String> attributes) {
    requireNonNull(attributes, "attributes is null");
    for (String key : attributes.keySet()) {
      if (!ATTRIBUTES.contains(key)) {
        throw new IllegalArgumentException("unknown AUDIO attribute '" + key + "'; known: " + ATTRIBUTES);
      }
    }
    String kindText = attributes.getOrDefault("features", "whisper").toLowerCase(Locale.ROOT);
    Kind kind = switch (kindText) {
      case "whisper", "logmel" -> Kind.WHISPER;
      case "fbank", "kaldi" -> Kind.FBANK;
      default -> throw new IllegalArgumentException("AUDIO attribute features: expected whisper or fbank, found '"
          + kindText + "'");
    };
    int bins;
    String binsText = attributes.getOrDefault("mel_bins", "80");
    try {
      bins = Integer.parseInt(binsText.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("AUDIO attribute mel_bins: not an integer: '" + binsText + "'", e);
    }
    boolean pad = parseBoolean("pad_30s", attributes.getOrDefault("pad_30s", "false"));
    String aug = attributes.getOrDefault("spec_augment", "none").toLowerCase(Locale.ROOT);
    SpecAugment sa = switch (aug) {
      case "none" -> SpecAugment.NONE;
      case "librispeech" -> SpecAugment.LIBRISPEECH_DOUBLE;
      default -> throw new IllegalArgumentException("AUDIO attribute spec_augment: expected none or librispeech, found '"
          + aug + "'");
    };
    return new AudioFeatureConfig(kind, bins, pad, sa);
  }

  private static boolean parseBoolean(String name, String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw new IllegalArgumentException("AUDIO attribute " + name + ": expected true or false, found '"
          + text + "'");
    };
  }
}
