package io.ofa4j.runtime.generate;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.tokenizer.Qwen2Tokenizer;
import java.util.List;

/**
 * Generates text with any {@link CausalLanguageModel}, eagerly, token by token through its
 * {@link DecoderSession} (KV cache). Strategies follow Hugging Face {@code generate}: greedy,
 * sampling (temperature, top-k, top-p; seeded), beam search (length penalty, early stopping);
 * with repetition penalty, no-repeat n-grams, min/max new tokens, end-of-sequence ids, stop
 * strings, a forced output prefix, constrained decoding ({@link TokenTrieConstraint},
 * {@link TokenRangeConstraint}) and per-token streaming, over a batch of prompts of any lengths.
 */
public final class Generator {
  private final CausalLanguageModel model;
  private final TextDecoder decoder;

  /** A generator returning ids only (results have no text). */
  public Generator(CausalLanguageModel model) {
    this.model = requireNonNull(model, "model is null");
    this.decoder = null;
  }

  /** A generator that also decodes its outputs with {@code decoder}. */
  public Generator(CausalLanguageModel model, TextDecoder decoder) {
    this.model = requireNonNull(model, "model is null");
    this.decoder = requireNonNull(decoder, "decoder is null");
  }

  /** A generator decoding with {@code tokenizer}, special tokens skipped (not closed here). */
  public static Generator withTokenizer(CausalLanguageModel model, Qwen2Tokenizer tokenizer) {
    requireNonNull(tokenizer, "tokenizer is null");
    return new Generator(model, ids -> tokenizer.decode(ids, true));
  }

  /** Continues every prompt of the request; one result per prompt, in order. */
  public List<GenerationResult> generate(GenerationRequest request) {
    requireNonNull(request, "request is null");
    GenerationConfig config = request.config();
    if (!config.stopStrings().isEmpty() && decoder == null) {
      throw new IllegalArgumentException(
          "stop strings " + config.stopStrings() + " need a generator with a tokenizer");
    }
    if (config.isBeamSearch()) {
      if (!config.stopStrings().isEmpty()) {
        throw new IllegalArgumentException("stop strings are not supported with num_beams ("
            + config.numBeams() + ") > 1");
      }
      return new BeamSearch(model, decoder).run(request);
    }
    return new StepwiseSearch(model, decoder).run(request);
  }

  /** Continues one prompt. */
  public GenerationResult generate(int[] prompt, GenerationConfig config) {
    return generate(GenerationRequest.builder(List.of(prompt), config).build()).get(0);
  }
}
