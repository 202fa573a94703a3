package io.ofa4j.runtime.model;

import static io.ofa4j.runtime.model.Qwen2WeightNames.EMBED_TOKENS;
import static io.ofa4j.runtime.model.Qwen2WeightNames.LM_HEAD;
import static io.ofa4j.runtime.model.Qwen2WeightNames.NORM;

import io.ofa4j.runtime.weights.HalfFloats;
import io.ofa4j.runtime.weights.NdBuffers;
import io.ofa4j.runtime.weights.ParameterStore;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Zero-copy views of the weights of one forward pass, resolved from the {@link ParameterStore}
 * each call so that arrays the trainer replaced or updated are seen. The matrices (2-D weights,
 * embedding and LM head included) are all FLOAT or all BFLOAT16 ({@code bf16}: half the bytes
 * read per decoded token); 1-D weights (biases, RMSNorm scales) are always F32 views, widened
 * into small copies when the store holds them as BFLOAT16.
 *
 * @param embedTokens {@code [vocab, H]}
 * @param layers per decoder layer
 * @param norm {@code [H]}
 * @param lmHead {@code [vocab, H]}; the embedding buffer when tied
 * @param bf16 whether the matrices are BF16 (else F32)
 */
record Qwen2Weights(ByteBuffer embedTokens, Layer[] layers, ByteBuffer norm, ByteBuffer lmHead,
    boolean bf16) {

  /** One {@code Qwen2DecoderLayer}. Shapes with q = heads * D, kv = kvHeads * D, I = intermediate. */
  record Layer(
      ByteBuffer qProj, ByteBuffer qBias, // [q, H], [q]
      ByteBuffer kProj, ByteBuffer kBias, // [kv, H], [kv]
      ByteBuffer vProj, ByteBuffer vBias, // [kv, H], [kv]
      ByteBuffer oProj, // [H, q]
      ByteBuffer gateProj, ByteBuffer upProj, // [I, H]
      ByteBuffer downProj, // [H, I]
      ByteBuffer inputLayernorm, ByteBuffer postAttentionLayernorm) {} // [H]

  /** Checks every expected weight's presence, dtype and shape, and views them. */
  static Qwen2Weights resolve(Qwen2Config config, ParameterStore store) {
    Map<String, long[]> expected = Qwen2WeightNames.expected(config);
    DataType matrices = store.get(Qwen2WeightNames.EMBED_TOKENS).dataType();
    for (Map.Entry<String, long[]> e : expected.entrySet()) {
      check(store, e.getKey(), e.getValue(), matrices);
    }
    return views(config, store, matrices == DataType.BFLOAT16);
  }

  /**
   * The views for {@code store}, reusing {@code previous} when every array is still the same
   * object (the common case: training updates arrays in place). Creating a view goes through
   * JavaCPP and costs microseconds, which adds up over ~300 weights per decoded token.
   */
  static Qwen2Weights refresh(Qwen2Weights previous, String[] keys, INDArray[] previousArrays,
      Qwen2Config config, ParameterStore store) {
    if (previous != null) {
      boolean same = true;
      for (int i = 0; i < keys.length && same; i++) {
        same = store.contains(keys[i]) && store.get(keys[i]) == previousArrays[i];
      }
      if (same) {
        return previous;
      }
    }
    Qwen2Weights w = resolve(config, store);
    for (int i = 0; i < keys.length; i++) {
      previousArrays[i] = store.get(keys[i]);
    }
    return w;
  }

  private static Qwen2Weights views(Qwen2Config config, ParameterStore store, boolean bf16) {
    Layer[] layers = new Layer[config.numHiddenLayers()];
    for (int i = 0; i < layers.length; i++) {
      String p = Qwen2WeightNames.layer(i);
      layers[i] = new Layer(
          view(store, p + "self_attn.q_proj.weight"), view(store, p + "self_attn.q_proj.bias"),
          view(store, p + "self_attn.k_proj.weight"), view(store, p + "self_attn.k_proj.bias"),
          view(store, p + "self_attn.v_proj.weight"), view(store, p + "self_attn.v_proj.bias"),
          view(store, p + "self_attn.o_proj.weight"),
          view(store, p + "mlp.gate_proj.weight"), view(store, p + "mlp.up_proj.weight"),
          view(store, p + "mlp.down_proj.weight"),
          view(store, p + "input_layernorm.weight"),
          view(store, p + "post_attention_layernorm.weight"));
    }
    ByteBuffer embed = view(store, EMBED_TOKENS);
    ByteBuffer head = config.tieWordEmbeddings() ? embed : view(store, LM_HEAD);
    return new Qwen2Weights(embed, layers, view(store, NORM), head, bf16);
  }

  private static void check(ParameterStore store, String key, long[] shape, DataType matrices) {
    INDArray a = store.get(key);
    if (!Arrays.equals(a.shape(), shape)) {
      throw new IllegalArgumentException("weight '" + key + "' has shape "
          + Arrays.toString(a.shape()) + ", expected " + Arrays.toString(shape) + " from the config");
    }
    if (matrices != DataType.FLOAT && matrices != DataType.BFLOAT16) {
      throw new IllegalArgumentException("weight '" + Qwen2WeightNames.EMBED_TOKENS + "' has dtype "
          + matrices + "; the eager Qwen2 path reads FLOAT or BFLOAT16");
    }
    DataType t = a.dataType();
    boolean ok = shape.length == 1 ? t == DataType.FLOAT || t == DataType.BFLOAT16 : t == matrices;
    if (!ok) {
      throw new IllegalArgumentException("weight '" + key + "' has dtype " + t
          + "; the eager Qwen2 path needs every matrix in one dtype (" + matrices
          + ", as the embedding) and vectors in FLOAT or BFLOAT16");
    }
  }

  /** The bytes of a matrix as stored; a BFLOAT16 vector widened to a small F32 copy. */
  private static ByteBuffer view(ParameterStore store, String key) {
    INDArray a = store.get(key);
    if (a.rank() == 1 && a.dataType() == DataType.BFLOAT16) {
      ByteBuffer src = NdBuffers.bytes(a);
      int n = (int) a.length();
      ByteBuffer f32 = ByteBuffer.allocateDirect(4 * n).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < n; i++) {
        f32.putFloat(4 * i, HalfFloats.bf16ToFloat(src.getShort(2 * i)));
      }
      return f32;
    }
    return NdBuffers.bytes(a);
  }
}
