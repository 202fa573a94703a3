package io.ofa4j.preset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.preset.cli.GoldenModelDir.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ofa4j tokenize} on the golden qwen2-tiny tokenizer. */
class TokenizeCommandTest {
  private final String model = GoldenModelDir.qwen2Tiny().toString();

  @Test
  void printsIdsAndTokensAsJson() {
    Run r = GoldenModelDir.run("tokenize", "--model", model, "Hello world", "--json");
    assertThat(r.code()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    assertThat(json.path("ids").toString()).isEqualTo("[39,367,510,308,3873]");
    assertThat(json.path("tokens").toString()).isEqualTo("[\"H\",\"el\",\"lo\",\"Ġw\",\"orld\"]");
  }

  @Test
  void printsATableByDefault() {
    Run r = GoldenModelDir.run("tokenize", "--model", model, "Hello world");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("5 tokens").contains("    3     308  Ġw");
  }

  @Test
  void encodesAChatTurn() {
    Run r = GoldenModelDir.run("tokenize", "--model", model, "--chat", "hi", "--json");
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    assertThat(json.path("text").stringValue()).isEqualTo("<|im_start|>system\nYou are a helpful"
        + " assistant.<|im_end|>\n<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n");
    assertThat(json.path("ids").get(0).intValue()).isEqualTo(4257);
  }

  @Test
  void decodesIds() {
    Run r = GoldenModelDir.run("tokenize", "--model", model, "--decode", "4257,39,367,510,308,3873");
    assertThat(r.out()).isEqualTo("<|im_start|>Hello world" + System.lineSeparator());
    Run skip = GoldenModelDir.run(
        "tokenize", "--model", model, "--decode", "4257,39,367", "--skip-special", "--json");
    assertThat(skip.out()).contains("\"text\":\"Hel\"");
  }

  @Test
  void missingTokenizerIsInvalidInputNamingTheFile(@TempDir Path empty) {
    Run r = GoldenModelDir.run("tokenize", "--model", empty.toString(), "x");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("tokenizer.json");
    Run none = GoldenModelDir.run("tokenize", "--model", model);
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("give either TEXT");
  }
}
