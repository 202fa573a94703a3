package io.ofa4j.modality.text;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * Applies the token-level TEXT options in OFASys's order: truncate to {@code max_length}, then at
 * training time random replacement ({@code noise_ratio}) and span masking ({@code mask_ratio}).
 * The raw (truncated) tokens stay the target; the noised ones are the model input.
 */
public final class TextTokenProcessor {
  private final int maskId;
  private final int vocabSize;

  /**
   * @param maskId id of the mask token
   * @param vocabSize end (exclusive) of the text ids that noise and random masking draw from
   */
  public TextTokenProcessor(int maskId, int vocabSize) {
    if (vocabSize <= 4) {
      throw new IllegalArgumentException("vocabSize must be > 4, found " + vocabSize);
    }
    this.maskId = maskId;
    this.vocabSize = vocabSize;
  }

  /**
   * The result.
   *
   * @param raw truncated tokens (the target)
   * @param inputs tokens after noise and masking (equal to raw when not training)
   */
  public record Result(int[] raw, int[] inputs) {
    /** Checks for nulls. */
    public Result {
      requireNonNull(raw, "raw is null");
      requireNonNull(inputs, "inputs is null");
    }
  }

  /** Processes token ids. */
  public Result process(int[] tokens, TextOptions options, boolean training, long seed) {
    requireNonNull(tokens, "tokens is null");
    requireNonNull(options, "options is null");
    int[] raw = options.maxLength() > 0 && tokens.length > options.maxLength()
        ? Arrays.copyOf(tokens, options.maxLength()) : tokens.clone();
    int[] in = raw;
    if (training && options.noiseRatio() > 0) {
      in = TokenNoise.apply(in, options.noiseRatio(), 4, vocabSize, seed);
    }
    if (training && options.maskRatio() > 0) {
      in = SpanMasker.withDefaults(maskId, vocabSize).mask(in, options.maskRatio(), seed ^ 0x9E3779B97F4A7C15L);
    }
    return new Result(raw, in);
  }
}
