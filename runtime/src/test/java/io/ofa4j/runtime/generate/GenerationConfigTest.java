package io.ofa4j.runtime.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.runtime.testing.GoldenFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defaults, validation messages and reading {@code generation_config.json}. */
class GenerationConfigTest {

  @Test
  void defaultsAreHuggingFaces() {
    GenerationConfig c = GenerationConfig.defaults();
    assertThat(c.maxNewTokens()).isEqualTo(20);
    assertThat(c.doSample()).isFalse();
    assertThat(c.topK()).isEqualTo(50);
    assertThat(c.topP()).isEqualTo(1.0);
    assertThat(c.numBeams()).isEqualTo(1);
    assertThat(c.lengthPenalty()).isEqualTo(1.0);
    assertThat(c.toBuilder().build()).isEqualTo(c);
  }

  @Test
  void rejectsBadValuesNamingFieldAndValue() {
    assertThatThrownBy(() -> GenerationConfig.builder().optTemperature(0).build())
        .hasMessage("generation config temperature (0.0) must be > 0 and finite");
    assertThatThrownBy(() -> GenerationConfig.builder().optTopP(1.5).build())
        .hasMessageContaining("top_p (1.5)");
    assertThatThrownBy(() -> GenerationConfig.builder().optMinNewTokens(30).build())
        .hasMessageContaining("min_new_tokens (30) must be in [0, max_new_tokens (20)]");
    assertThatThrownBy(() -> GenerationConfig.builder().optDoSample(true).optNumBeams(2).build())
        .hasMessageContaining("beam sampling");
    assertThatThrownBy(() -> GenerationConfig.builder().optStopStrings(List.of("")).build())
        .hasMessageContaining("stop_strings");
  }

  @Test
  void readsTheGoldenGenerationConfig() {
    GenerationConfig c = GenerationConfigReader.read(GoldenFixtures.qwen2Tiny()).build();
    assertThat(c.eosTokenIds()).containsExactly(4258, 4256);
    assertThat(c.padTokenId()).isEqualTo(4256);
    assertThat(c.doSample()).isFalse();
  }

  @Test
  void readsSamplingFieldsAndNamesBadOnes(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("generation_config.json"), """
        {"do_sample": true, "temperature": 0.7, "top_k": 20, "top_p": 0.8,
         "repetition_penalty": 1.05, "eos_token_id": 7, "max_new_tokens": 64}""");
    GenerationConfig c = GenerationConfigReader.read(dir).build();
    assertThat(c.doSample()).isTrue();
    assertThat(c.temperature()).isEqualTo(0.7);
    assertThat(c.topK()).isEqualTo(20);
    assertThat(c.topP()).isEqualTo(0.8);
    assertThat(c.repetitionPenalty()).isEqualTo(1.05);
    assertThat(c.eosTokenIds()).containsExactly(7);
    assertThat(c.maxNewTokens()).isEqualTo(64);
    Files.writeString(dir.resolve("generation_config.json"), "{\"top_k\": \"many\"}");
    assertThatThrownBy(() -> GenerationConfigReader.read(dir))
        .hasMessageContaining("generation_config.json: field top_k must be an integer")
        .hasMessageContaining("\"many\"");
  }

  @Test
  void missingFileGivesDefaults(@TempDir Path dir) {
    assertThat(GenerationConfigReader.read(dir).build()).isEqualTo(GenerationConfig.defaults());
  }
}
