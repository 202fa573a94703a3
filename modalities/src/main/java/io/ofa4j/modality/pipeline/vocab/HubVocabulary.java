package io.ofa4j.modality.pipeline.vocab;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.tokenizer.Qwen2Tokenizer;
import io.ofa4j.runtime.weights.ParameterStore;
import java.nio.file.Path;

/**
 * Prepares a Hugging Face Qwen2 checkpoint for the modality kits: writes its tokenizer with {@link
 * ModalityTokens#all} added (tokens the checkpoint already has, such as Qwen2-VL's {@code
 * <|vision_start|>}, keep their ids), grows the embedding rows to cover the new ids (mean
 * initialisation, {@link EmbeddingExtender}) and returns the config with the new {@code
 * vocab_size}.
 */
public final class HubVocabulary {
  private HubVocabulary() {}

  /**
   * The extended tokenizer and config.
   *
   * @param tokenizer loaded from the output directory
   * @param config the checkpoint's config with {@code vocab_size} covering every token
   * @param added tokens that were new
   */
  public record Result(Qwen2Tokenizer tokenizer, Qwen2Config config, int added) {
    public Result {
      requireNonNull(tokenizer, "tokenizer is null");
      requireNonNull(config, "config is null");
    }
  }

  /**
   * Extends the checkpoint in {@code modelDir} (its {@code tokenizer.json}) into {@code outDir}
   * and grows {@code store}'s embedding rows in place.
   */
  public static Result extend(Path modelDir, Path outDir, ParameterStore store, Qwen2Config config, int numBins) {
    requireNonNull(config, "config is null");
    TokenizerExtender.Extension ext = TokenizerExtender.extend(modelDir, outDir, ModalityTokens.all(numBins));
    int rows = EmbeddingExtender.extend(store, Math.max(config.vocabSize(), ext.size()));
    Qwen2Config c = config;
    if (rows != config.vocabSize()) {
      c = new Qwen2Config(rows, c.hiddenSize(), c.intermediateSize(), c.numHiddenLayers(),
          c.numAttentionHeads(), c.numKeyValueHeads(), c.explicitHeadDim(), c.hiddenAct(),
          c.maxPositionEmbeddings(), c.rmsNormEps(), c.ropeTheta(), c.ropeScaling(), c.tieWordEmbeddings(),
          c.bosTokenId(), c.eosTokenIds(), c.useSlidingWindow(), c.slidingWindow(), c.maxWindowLayers(),
          c.torchDtype());
    }
    return new Result(Qwen2Tokenizer.load(outDir), c, ext.added());
  }
}
