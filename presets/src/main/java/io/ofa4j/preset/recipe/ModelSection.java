package io.ofa4j.preset.recipe;

import io.ofa4j.preset.config.Nullable;
import java.nio.file.Path;
import java.util.List;

/**
 * The backbone: either a Hugging Face-style checkpoint directory to fine-tune, or a Qwen2 shape
 * to train from scratch (the tokenizer then comes from {@code tokenizer}, default: the bundled
 * small byte-level BPE).
 *
 * @param checkpoint a checkpoint directory, or {@code null} to train from scratch
 * @param tokenizer a tokenizer directory or {@code bundled}
 * @param hiddenSize width when training from scratch
 * @param intermediateSize SwiGLU width
 * @param numHiddenLayers decoder layers
 * @param numAttentionHeads query heads
 * @param numKeyValueHeads key/value heads
 * @param tieWordEmbeddings tie the LM head to the embedding
 * @param visionDepth vision tower blocks
 * @param visionEmbedDim vision tower width
 * @param visionPositionCode add absolute 2-D Fourier position features to the merged image
 *     tokens, weighted by how much each token's pixels differ from the image's mean (OFA-style
 *     absolute image positions; not in Qwen2-VL)
 * @param mrope Qwen2-VL's multimodal RoPE ({@code rope_scaling.mrope_section}): image tokens get
 *     (t, h, w) positions instead of consecutive 1-D ones
 * @param locationBins location tokens {@code <bin_0>..} of BOX slots (OFA: 1000 for 512 px images)
 * @param locationInit {@code random}, or {@code sinusoidal}: bin {@code i}'s embedding row starts as
 *     Fourier features of {@code i / bins}, so neighbouring bins start with similar logits
 */
public record ModelSection(
    @Nullable Path checkpoint,
    String tokenizer,
    int hiddenSize,
    int intermediateSize,
    int numHiddenLayers,
    int numAttentionHeads,
    int numKeyValueHeads,
    boolean tieWordEmbeddings,
    int visionDepth,
    int visionEmbedDim,
    boolean visionPositionCode,
    boolean mrope,
    int locationBins,
    String locationInit) {

  public ModelSection {
    positive("model.hidden_size", hiddenSize);
    positive("model.intermediate_size", intermediateSize);
    positive("model.num_hidden_layers", numHiddenLayers);
    positive("model.num_attention_heads", numAttentionHeads);
    positive("model.num_key_value_heads", numKeyValueHeads);
    positive("model.vision_depth", visionDepth);
    positive("model.vision_embed_dim", visionEmbedDim);
    if (locationBins < 2 || locationBins > 4096) {
      throw new IllegalArgumentException("model.location_bins must be in 2..4096, found " + locationBins);
    }
    if (!LOCATION_INITS.contains(locationInit)) {
      throw new IllegalArgumentException("model.location_init must be one of " + LOCATION_INITS + ", found '"
          + locationInit + "'");
    }
    if (hiddenSize % numAttentionHeads != 0) {
      throw new IllegalArgumentException("model.hidden_size (" + hiddenSize
          + ") must be divisible by model.num_attention_heads (" + numAttentionHeads + ")");
    }
    if (numAttentionHeads % numKeyValueHeads != 0) {
      throw new IllegalArgumentException("model.num_attention_heads (" + numAttentionHeads
          + ") must be divisible by model.num_key_value_heads (" + numKeyValueHeads + ")");
    }
  }

  /** Values of {@code location_init}. */
  public static final List<String> LOCATION_INITS = List.of("random", "sinusoidal");

  static void positive(String field, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be > 0, found " + value);
    }
  }

  /** A small from-scratch model that trains on 2 cores. */
  public static ModelSection defaults() {
    return new ModelSection(null, "bundled", 128, 344, 2, 4, 2, true, 2, 32, false, false, 200, "random");
  }
}
