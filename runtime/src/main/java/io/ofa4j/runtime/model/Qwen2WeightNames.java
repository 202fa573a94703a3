package io.ofa4j.runtime.model;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Hugging Face checkpoint keys of a {@code Qwen2ForCausalLM} and their shapes
 * ({@code modeling_qwen2.py}; Linear weights are {@code [out, in]}). q/k/v projections carry a
 * bias, {@code o_proj} and the MLP do not; {@code lm_head.weight} exists only when the embeddings
 * are not tied.
 */
public final class Qwen2WeightNames {
  /** Token embedding {@code [vocab, H]}. */
  public static final String EMBED_TOKENS = "model.embed_tokens.weight";
  /** Final RMSNorm {@code [H]}. */
  public static final String NORM = "model.norm.weight";
  /** Untied LM head {@code [vocab, H]}. */
  public static final String LM_HEAD = "lm_head.weight";

  private Qwen2WeightNames() {}

  /** Prefix of layer {@code i}: {@code model.layers.i.}. */
  public static String layer(int i) {
    return "model.layers." + i + ".";
  }

  /** Every expected key with its shape, in the order {@code transformers} writes them. */
  public static Map<String, long[]> expected(Qwen2Config c) {
    requireNonNull(c, "config is null");
    long h = c.hiddenSize();
    long q = (long) c.numAttentionHeads() * c.headDim();
    long kv = (long) c.numKeyValueHeads() * c.headDim();
    long inter = c.intermediateSize();
    Map<String, long[]> out = new LinkedHashMap<>();
    out.put(EMBED_TOKENS, new long[] {c.vocabSize(), h});
    for (int i = 0; i < c.numHiddenLayers(); i++) {
      String p = layer(i);
      out.put(p + "self_attn.q_proj.weight", new long[] {q, h});
      out.put(p + "self_attn.q_proj.bias", new long[] {q});
      out.put(p + "self_attn.k_proj.weight", new long[] {kv, h});
      out.put(p + "self_attn.k_proj.bias", new long[] {kv});
      out.put(p + "self_attn.v_proj.weight", new long[] {kv, h});
      out.put(p + "self_attn.v_proj.bias", new long[] {kv});
      out.put(p + "self_attn.o_proj.weight", new long[] {h, q});
      out.put(p + "mlp.gate_proj.weight", new long[] {inter, h});
      out.put(p + "mlp.up_proj.weight", new long[] {inter, h});
      out.put(p + "mlp.down_proj.weight", new long[] {h, inter});
      out.put(p + "input_layernorm.weight", new long[] {h});
      out.put(p + "post_attention_layernorm.weight", new long[] {h});
    }
    out.put(NORM, new long[] {h});
    if (!c.tieWordEmbeddings()) {
      out.put(LM_HEAD, new long[] {c.vocabSize(), h});
    }
    return out;
  }

  /** Whether {@code key} belongs to the language model (as opposed to adapters or towers). */
  public static boolean isLanguageModelKey(String key) {
    return key.startsWith("model.") || key.startsWith("lm_head.");
  }
}
