package io.ofa4j.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ofa4j.runtime.testing.GoldenFixtures;
import io.ofa4j.runtime.weights.ParameterStore;
import io.ofa4j.runtime.weights.SafetensorsCheckpoint;
import io.ofa4j.runtime.weights.SafetensorsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class Qwen2CheckpointTest {
  @TempDir Path tmp;

  /** Random weights for {@code config} (N(0, 0.02), norms 1). */
  static ParameterStore randomWeights(Qwen2Config config, long seed) {
    Nd4j.getRandom().setSeed(seed);
    ParameterStore store = new ParameterStore();
    Qwen2WeightNames.expected(config).forEach((k, shape) -> store.put(k, k.endsWith("norm.weight")
        ? Nd4j.ones(DataType.FLOAT, shape) : Nd4j.randn(DataType.FLOAT, shape).muli(0.02)));
    return store;
  }

  @Test
  void goldenSaveLoadIsBitIdenticalAndCopiesTokenizerFiles() {
    Path golden = GoldenFixtures.qwen2Tiny();
    Qwen2Checkpoint a = Qwen2Checkpoint.load(golden);
    Path out = tmp.resolve("copy");
    a.save(out);
    assertThat(out.resolve("tokenizer.json")).exists();
    assertThat(out.resolve("generation_config.json")).exists();
    Qwen2Checkpoint b = Qwen2Checkpoint.load(out);
    assertThat(b.config()).isEqualTo(a.config());
    assertThat(b.parameters().keys()).containsExactlyElementsOf(a.parameters().keys());
    for (String k : a.parameters().keys()) {
      assertThat(b.parameters().get(k).data().asInt()).as(k)
          .isEqualTo(a.parameters().get(k).data().asInt());
    }
  }

  @Test
  void tiedModelHasNoLmHeadAndShardsRoundTrip() throws Exception {
    Qwen2Config config = Qwen2Config.tiny(96, 32, 48, 2, 4, 2, true);
    ParameterStore store = randomWeights(config, 7);
    Path out = tmp.resolve("tied");
    new Qwen2Checkpoint(config, store, Optional.empty()).save(out, 16_000);
    assertThat(out.resolve(SafetensorsCheckpoint.INDEX_FILE)).exists();
    Qwen2Checkpoint back = Qwen2Checkpoint.load(out);
    assertThat(back.parameters().contains(Qwen2WeightNames.LM_HEAD)).isFalse();
    try (Qwen2Model m1 = new Qwen2Model(config, store); Qwen2Model m2 = new Qwen2Model(config, back.parameters())) {
      int[][] ids = {{1, 5, 9, 95}};
      assertThat(m2.forward(Qwen2Input.ofIds(ids, null)).logits())
          .isEqualTo(m1.forward(Qwen2Input.ofIds(ids, null)).logits());
    }
    assertThat(Files.readString(out.resolve("config.json"))).contains("\"tie_word_embeddings\" : true");
  }

  @Test
  void missingAndUnexpectedTensorsAreNamed() {
    Qwen2Config config = Qwen2Config.tiny(64, 16, 32, 1, 2, 1, false);
    ParameterStore store = randomWeights(config, 1);
    store.remove("model.layers.0.self_attn.k_proj.bias");
    Path out = tmp.resolve("missing");
    new Qwen2Checkpoint(config, store, Optional.empty()).save(out);
    assertThatThrownBy(() -> Qwen2Checkpoint.load(out))
        .isInstanceOf(SafetensorsException.class)
        .hasMessageContaining("missing tensor 'model.layers.0.self_attn.k_proj.bias'");

    ParameterStore extra = randomWeights(config, 1);
    extra.put("model.layers.1.mlp.up_proj.weight", Nd4j.zeros(DataType.FLOAT, 32, 16));
    Path out2 = tmp.resolve("extra");
    new Qwen2Checkpoint(config, extra, Optional.empty()).save(out2);
    assertThatThrownBy(() -> Qwen2Checkpoint.load(out2))
        .hasMessageContaining("unexpected tensor 'model.layers.1.mlp.up_proj.weight'");
  }

  @Test
  void wrongShapeIsNamedAndModelRejectsItToo() {
    Qwen2Config config = Qwen2Config.tiny(64, 16, 32, 1, 2, 1, false);
    ParameterStore store = randomWeights(config, 1);
    store.put("model.norm.weight", Nd4j.ones(DataType.FLOAT, 15));
    assertThatThrownBy(() -> new Qwen2Model(config, store))
        .hasMessageContaining("weight 'model.norm.weight' has shape [15], expected [16]");
    Path out = tmp.resolve("shape");
    new Qwen2Checkpoint(config, store, Optional.empty()).save(out);
    assertThatThrownBy(() -> Qwen2Checkpoint.load(out))
        .hasMessageContaining("tensor 'model.norm.weight' has shape [15]");
  }

  @Test
  void bf16CheckpointWidensOnLoad() {
    Qwen2Config config = Qwen2Config.tiny(64, 16, 32, 1, 2, 1, false);
    ParameterStore store = randomWeights(config, 3);
    ParameterStore bf16 = new ParameterStore();
    Map<String, INDArray> originals = new LinkedHashMap<>(store.asMap());
    originals.forEach((k, v) -> bf16.put(k, v.castTo(DataType.BFLOAT16)));
    Path out = tmp.resolve("bf16");
    new Qwen2Checkpoint(config, bf16, Optional.empty()).save(out);
    assertThat(Qwen2ConfigReader.read(out).torchDtype()).isEqualTo("bfloat16");
    Qwen2Checkpoint back = Qwen2Checkpoint.load(out);
    INDArray q = back.parameters().get("model.layers.0.self_attn.q_proj.weight");
    assertThat(q.dataType()).isEqualTo(DataType.FLOAT);
    assertThat(q).isEqualTo(bf16.get("model.layers.0.self_attn.q_proj.weight").castTo(DataType.FLOAT));
    // kept as BF16, the eager model reads the same values through its BF16 kernels
    int[][] ids = {{1, 5, 9, 3}};
    try (Qwen2Model wide = new Qwen2Model(config, back.parameters());
        Qwen2Model kept = new Qwen2Model(config, Qwen2Checkpoint.load(out, true).parameters())) {
      float[] a = wide.forward(Qwen2Input.ofIds(ids, null)).logits().data().asFloat();
      float[] b = kept.forward(Qwen2Input.ofIds(ids, null)).logits().data().asFloat();
      for (int i = 0; i < a.length; i++) {
        assertThat((double) b[i]).as("logit %d", i).isCloseTo(a[i], within(1e-4));
      }
    }
  }
}
