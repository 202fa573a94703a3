package io.ofa4j.modality.pipeline.kit;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.box.LocationVocabulary;
import io.ofa4j.modality.pipeline.vocab.ModalityTokens;
import io.ofa4j.runtime.tokenizer.Qwen2Tokenizer;

/**
 * What kits share while encoding: the tokenizer (with {@link ModalityTokens} added), the
 * location bins, and whether train-time augmentation runs.
 *
 * @param tokenizer the extended tokenizer
 * @param locations {@code <bin_0>} … as contiguous ids
 * @param training whether augmentation (noise, masking, SpecAugment) applies
 * @param seed base seed of the augmentation
 */
public record KitContext(Qwen2Tokenizer tokenizer, LocationVocabulary locations, boolean training, long seed) {
  public KitContext {
    requireNonNull(tokenizer, "tokenizer is null");
    requireNonNull(locations, "locations is null");
  }

  /** A context for {@code tokenizer}, reading the location bins from its vocabulary. */
  public static KitContext of(Qwen2Tokenizer tokenizer, int numBins, boolean training, long seed) {
    requireNonNull(tokenizer, "tokenizer is null");
    int first = tokenizer.vocabulary().id(ModalityTokens.bin(0)).orElseThrow(() ->
        new IllegalArgumentException("tokenizer has no " + ModalityTokens.bin(0)
            + ": extend it with TokenizerExtender / BundledTokenizer"));
    int last = tokenizer.vocabulary().id(ModalityTokens.bin(numBins - 1)).orElse(-1);
    if (last != first + numBins - 1) {
      throw new IllegalArgumentException("location tokens <bin_0>..<bin_" + (numBins - 1)
          + "> are not contiguous: ids " + first + " and " + last);
    }
    return new KitContext(tokenizer, new LocationVocabulary(first, numBins), training, seed);
  }

  /** The same context with augmentation switched on or off. */
  public KitContext withTraining(boolean value) {
    return new KitContext(tokenizer, locations, value, seed);
  }

  /** The id of a special token, failing with its name when the vocabulary lacks it. */
  public int id(String token) {
    return tokenizer.vocabulary().id(token).orElseThrow(() ->
        new IllegalArgumentException("token " + token + " is not in the vocabulary"));
  }

  /** Ids of {@code text}; special tokens written in the text are parsed. */
  public int[] encode(String text) {
    return tokenizer.encode(text);
  }
}
