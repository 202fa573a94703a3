package io.ofa4j.runtime.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Qwen2 / Qwen2.5 model configuration, with the components named after the Hugging Face
 * {@code config.json} keys in camelCase ({@code transformers/models/qwen2/configuration_qwen2.py}).
 * Derived values ({@link #headDim()}, {@link #numKeyValueGroups()}) are methods, not stored state.
 * Read one with {@link Qwen2ConfigReader}.
 *
 * @param vocabSize rows of the embedding and LM head (may exceed the tokenizer's vocabulary)
 * @param hiddenSize model width H
 * @param intermediateSize SwiGLU width
 * @param numHiddenLayers decoder layers
 * @param numAttentionHeads query heads
 * @param numKeyValueHeads key/value heads (grouped-query attention); divides the query heads
 * @param explicitHeadDim {@code head_dim} when the file gives one, else 0 (then H / heads)
 * @param hiddenAct activation of the MLP gate ({@code silu})
 * @param maxPositionEmbeddings longest supported sequence
 * @param rmsNormEps RMSNorm epsilon
 * @param ropeTheta RoPE base
 * @param ropeScaling {@code rope_scaling} as written (empty when absent)
 * @param tieWordEmbeddings whether {@code lm_head} shares {@code model.embed_tokens.weight}
 * @param bosTokenId begin-of-sequence id, or -1
 * @param eosTokenIds end ids (a single id or a list in the file)
 * @param useSlidingWindow whether sliding-window attention is on
 * @param slidingWindow window length when on
 * @param maxWindowLayers layers below this index use full attention (HF semantics)
 * @param torchDtype stored dtype name ({@code float32}, {@code bfloat16}, ...)
 */
public record Qwen2Config(
    int vocabSize,
    int hiddenSize,
    int intermediateSize,
    int numHiddenLayers,
    int numAttentionHeads,
    int numKeyValueHeads,
    int explicitHeadDim,
    String hiddenAct,
    int maxPositionEmbeddings,
    double rmsNormEps,
    double ropeTheta,
    Map<String, Object> ropeScaling,
    boolean tieWordEmbeddings,
    int bosTokenId,
    List<Integer> eosTokenIds,
    boolean useSlidingWindow,
    int slidingWindow,
    int maxWindowLayers,
    String torchDtype) {

  public Qwen2Config {
    Objects.requireNonNull(hiddenAct, "hiddenAct is null");
    ropeScaling = Map.copyOf(Objects.requireNonNull(ropeScaling, "ropeScaling is null"));
    eosTokenIds = List.copyOf(Objects.requireNonNull(eosTokenIds, "eosTokenIds is null"));
    Objects.requireNonNull(torchDtype, "torchDtype is null");
    positive("vocab_size", vocabSize);
    positive("hidden_size", hiddenSize);
    positive("intermediate_size", intermediateSize);
    positive("num_hidden_layers", numHiddenLayers);
    positive("num_attention_heads", numAttentionHeads);
    positive("num_key_value_heads", numKeyValueHeads);
    positive("max_position_embeddings", maxPositionEmbeddings);
    if (numAttentionHeads % numKeyValueHeads != 0) {
      throw new IllegalArgumentException(
          "num_attention_heads (" + numAttentionHeads + ") must be divisible by"
              + " num_key_value_heads (" + numKeyValueHeads + ")");
    }
    if (explicitHeadDim < 0) {
      throw new IllegalArgumentException("head_dim (" + explicitHeadDim + ") must be > 0");
    }
    if (explicitHeadDim == 0 && hiddenSize % numAttentionHeads != 0) {
      throw new IllegalArgumentException(
          "hidden_size (" + hiddenSize + ") must be divisible by num_attention_heads ("
              + numAttentionHeads + ") when head_dim is not given");
    }
    if ((explicitHeadDim == 0 ? hiddenSize / numAttentionHeads : explicitHeadDim) % 2 != 0) {
      throw new IllegalArgumentException(
          "head_dim (" + (explicitHeadDim == 0 ? hiddenSize / numAttentionHeads : explicitHeadDim)
              + ") must be even for rotary embeddings");
    }
    if (!(rmsNormEps > 0) || !Double.isFinite(rmsNormEps)) {
      throw new IllegalArgumentException("rms_norm_eps (" + rmsNormEps + ") must be > 0");
    }
    if (!(ropeTheta > 0) || !Double.isFinite(ropeTheta)) {
      throw new IllegalArgumentException("rope_theta (" + ropeTheta + ") must be > 0");
    }
    if (!hiddenAct.equals("silu")) {
      throw new IllegalArgumentException(
          "hidden_act ('" + hiddenAct + "') is not supported; Qwen2 uses 'silu'");
    }
    if (useSlidingWindow && slidingWindow <= 0) {
      throw new IllegalArgumentException(
          "sliding_window (" + slidingWindow + ") must be > 0 when use_sliding_window is true");
    }
    if (bosTokenId >= vocabSize) {
      throw new IllegalArgumentException(
          "bos_token_id (" + bosTokenId + ") must be < vocab_size (" + vocabSize + ")");
    }
    for (int eos : eosTokenIds) {
      if (eos < 0 || eos >= vocabSize) {
        throw new IllegalArgumentException(
            "eos_token_id (" + eos + ") must be in [0, vocab_size (" + vocabSize + "))");
      }
    }
  }

  private static void positive(String field, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " (" + value + ") must be > 0");
    }
  }

  /** Per-head width: {@code head_dim} if given, else {@code hidden_size / num_attention_heads}. */
  public int headDim() {
    return explicitHeadDim > 0 ? explicitHeadDim : hiddenSize / numAttentionHeads;
  }

  /**
   * M-RoPE addition (Qwen2-VL): {@code rope_scaling.mrope_section}, the split of the D/2 rotary
   * channels into temporal, height and width blocks, or {@code null} when the config has none.
   * The one place that reads it, for the eager model and both training engines.
   *
   * @throws IllegalArgumentException when it is not 3 non-negative numbers summing to D/2
   */
  public int[] mropeSection() {
    Object s = ropeScaling.get("mrope_section");
    if (s == null) {
      return null;
    }
    if (!(s instanceof List<?> l) || l.size() != 3 || !l.stream().allMatch(Number.class::isInstance)) {
      throw new IllegalArgumentException("rope_scaling.mrope_section (" + s + ") must be 3 numbers");
    }
    int[] out = l.stream().mapToInt(o -> ((Number) o).intValue()).toArray();
    if (out[0] < 0 || out[1] < 0 || out[2] < 0 || out[0] + out[1] + out[2] != headDim() / 2) {
      throw new IllegalArgumentException("rope_scaling.mrope_section " + s + " must be non-negative and sum to "
          + "head_dim/2 = " + headDim() / 2);
    }
    return out;
  }

  /** The same config with {@code rope_scaling} replaced (e.g. M-RoPE for a from-scratch model). */
  public Qwen2Config withRopeScaling(Map<String, Object> scaling) {
    return new Qwen2Config(vocabSize, hiddenSize, intermediateSize, numHiddenLayers, numAttentionHeads,
        numKeyValueHeads, explicitHeadDim, hiddenAct, maxPositionEmbeddings, rmsNormEps, ropeTheta, scaling,
        tieWordEmbeddings, bosTokenId, eosTokenIds, useSlidingWindow, slidingWindow, maxWindowLayers, torchDtype);
  }

  /** Query heads per key/value head (GQA group size). */
  public int numKeyValueGroups() {
    return numAttentionHeads / numKeyValueHeads;
  }

  /** A small config for tests and from-scratch training (silu, theta 1e6, eps 1e-6, no window). */
  public static Qwen2Config tiny(
      int vocabSize, int hiddenSize, int intermediateSize, int layers, int heads, int kvHeads,
      boolean tied) {
    return new Qwen2Config(vocabSize, hiddenSize, intermediateSize, layers, heads, kvHeads, 0,
        "silu", 512, 1e-6, 1e6, Map.of(), tied, -1, List.of(), false, 0, layers, "float32");
  }
}
