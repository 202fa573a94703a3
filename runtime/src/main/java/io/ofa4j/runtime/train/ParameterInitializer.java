package io.ofa4j.runtime.train;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.weights.ParameterStore;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Fills a {@link ParameterStore} with freshly initialised Qwen2 weights under their Hugging Face
 * keys, for training from scratch and for tests. Follows HF {@code Qwen2PreTrainedModel._init_weights}:
 * Linear and embedding weights ~ N(0, initializerRange), biases 0, RMSNorm weights 1.
 */
public final class ParameterInitializer {
  private ParameterInitializer() {}

  /**
   * A new store with every weight of {@code config} initialised.
   *
   * @param config model shape
   * @param dataType {@code FLOAT} for training, {@code DOUBLE} for gradient checks
   * @param initializerRange standard deviation of the normal init (HF default 0.02)
   * @param seed RNG seed, so a run is reproducible
   */
  public static ParameterStore initialize(
      Qwen2Config config, DataType dataType, double initializerRange, long seed) {
    requireNonNull(config, "config is null");
    requireNonNull(dataType, "dataType is null");
    if (!dataType.isFPType()) {
      throw new IllegalArgumentException("dataType (" + dataType + ") must be floating point");
    }
    Random rng = Nd4j.getRandomFactory().getNewRandomInstance(seed);
    int h = config.hiddenSize();
    int d = config.headDim();
    int qOut = config.numAttentionHeads() * d;
    int kvOut = config.numKeyValueHeads() * d;
    int inter = config.intermediateSize();
    ParameterStore store = new ParameterStore();
    store.put("model.embed_tokens.weight", normal(rng, dataType, initializerRange, config.vocabSize(), h));
    for (int i = 0; i < config.numHiddenLayers(); i++) {
      String p = "model.layers." + i + ".";
      store.put(p + "self_attn.q_proj.weight", normal(rng, dataType, initializerRange, qOut, h));
      store.put(p + "self_attn.q_proj.bias", Nd4j.zeros(dataType, qOut));
      store.put(p + "self_attn.k_proj.weight", normal(rng, dataType, initializerRange, kvOut, h));
      store.put(p + "self_attn.k_proj.bias", Nd4j.zeros(dataType, kvOut));
      store.put(p + "self_attn.v_proj.weight", normal(rng, dataType, initializerRange, kvOut, h));
      store.put(p + "self_attn.v_proj.bias", Nd4j.zeros(dataType, kvOut));
      store.put(p + "self_attn.o_proj.weight", normal(rng, dataType, initializerRange, h, qOut));
      store.put(p + "mlp.gate_proj.weight", normal(rng, dataType, initializerRange, inter, h));
      store.put(p + "mlp.up_proj.weight", normal(rng, dataType, initializerRange, inter, h));
      store.put(p + "mlp.down_proj.weight", normal(rng, dataType, initializerRange, h, inter));
      store.put(p + "input_layernorm.weight", Nd4j.ones(dataType, h));
      store.put(p + "post_attention_layernorm.weight", Nd4j.ones(dataType, h));
    }
    store.put("model.norm.weight", Nd4j.ones(dataType, h));
    if (!config.tieWordEmbeddings()) {
      store.put("lm_head.weight", normal(rng, dataType, initializerRange, config.vocabSize(), h));
    }
    return store;
  }

  /**
   * Adds N(0, std) noise to every parameter in place, so tests do not start from the symmetric
   * zero-bias / unit-norm point where some gradients vanish by construction.
   */
  public static void perturb(ParameterStore store, double std, long seed) {
    Random rng = Nd4j.getRandomFactory().getNewRandomInstance(seed);
    for (INDArray a : store.asMap().values()) {
      a.addi(Nd4j.randn(rng, a.shape()).castTo(a.dataType()).muli(std));
    }
  }

  private static INDArray normal(Random rng, DataType type, double std, long... shape) {
    return Nd4j.randn(rng, shape).castTo(type).muli(std);
  }
}
