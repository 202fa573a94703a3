package io.ofa4j.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.runtime.testing.GoldenFixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Qwen2ConfigReaderTest {
  @TempDir Path dir;

  @Test
  void readsTheGoldenConfig() {
    Qwen2Config c = Qwen2ConfigReader.read(GoldenFixtures.qwen2Tiny());
    assertThat(c.hiddenSize()).isEqualTo(64);
    assertThat(c.numHiddenLayers()).isEqualTo(2);
    assertThat(c.numKeyValueHeads()).isEqualTo(2);
    assertThat(c.headDim()).isEqualTo(16);
    assertThat(c.numKeyValueGroups()).isEqualTo(2);
    assertThat(c.rmsNormEps()).isEqualTo(1e-6);
    assertThat(c.ropeTheta()).isEqualTo(1e6);
    assertThat(c.vocabSize()).isEqualTo(4288);
    assertThat(c.tieWordEmbeddings()).isFalse();
    assertThat(c.eosTokenIds()).containsExactly(4258);
    assertThat(c.bosTokenId()).isEqualTo(4256);
  }

  @Test
  void qwen25StyleFieldsAndRoundTrip() {
    String json = """
        {"model_type":"qwen2","hidden_size":896,"intermediate_size":4864,"num_hidden_layers":24,
         "num_attention_heads":14,"num_key_value_heads":2,"vocab_size":151936,
         "rope_scaling":{"type":"linear","factor":2.0},"tie_word_embeddings":true,
         "eos_token_id":[151645,151643],"bos_token_id":151643,"use_sliding_window":false,
         "sliding_window":131072,"max_window_layers":21,"torch_dtype":"bfloat16","rope_theta":1000000.0}
        """;
    Qwen2Config c = Qwen2ConfigReader.parse(json, "config.json");
    assertThat(c.eosTokenIds()).containsExactly(151645, 151643);
    assertThat(c.ropeScaling()).containsEntry("type", "linear").containsEntry("factor", 2.0);
    assertThat(c.headDim()).isEqualTo(64);
    assertThat(c.torchDtype()).isEqualTo("bfloat16");
    Path file = dir.resolve("config.json");
    Qwen2ConfigReader.write(c, file);
    assertThat(Qwen2ConfigReader.read(file)).isEqualTo(c);
  }

  @Test
  void invalidValuesNameFieldAndValue() {
    assertThatThrownBy(() -> Qwen2ConfigReader.parse(
        "{\"num_attention_heads\":4,\"num_key_value_heads\":3,\"hidden_size\":64}", "config.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("config.json: num_attention_heads (4)")
        .hasMessageContaining("num_key_value_heads (3)");
    assertThatThrownBy(() -> Qwen2ConfigReader.parse("{\"hidden_size\":\"big\"}", "config.json"))
        .hasMessage("config.json: hidden_size (\"big\") must be an integer");
    assertThatThrownBy(() -> Qwen2ConfigReader.parse("{\"rms_norm_eps\":0}", "config.json"))
        .hasMessageContaining("rms_norm_eps (0.0)");
    assertThatThrownBy(() -> Qwen2ConfigReader.parse("{\"model_type\":\"llama\"}", "config.json"))
        .hasMessageContaining("model_type ('llama')");
    assertThatThrownBy(() -> Qwen2ConfigReader.parse("{\"eos_token_id\":\"x\"}", "config.json"))
        .hasMessageContaining("eos_token_id (\"x\")");
    assertThatThrownBy(() -> Qwen2ConfigReader.parse("[1]", "config.json"))
        .hasMessageContaining("JSON object");
  }

  @Test
  void tinyFactoryIsValid() {
    Qwen2Config c = Qwen2Config.tiny(100, 32, 64, 2, 4, 2, true);
    assertThat(c.eosTokenIds()).isEqualTo(List.of());
    assertThat(c.ropeScaling()).isEqualTo(Map.of());
  }
}
