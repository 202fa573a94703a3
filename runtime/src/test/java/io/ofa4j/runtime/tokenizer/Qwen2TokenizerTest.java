package io.ofa4j.runtime.tokenizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.runtime.testing.GoldenFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checks the tokenizer against the llama.cpp / HF-semantics ids of {@code tokenization.json}. */
class Qwen2TokenizerTest {
  private static Path dir;
  private static Qwen2Tokenizer tokenizer;

  @BeforeAll
  static void load() {
    dir = GoldenFixtures.qwen2Tiny();
    tokenizer = Qwen2Tokenizer.load(dir);
  }

  @AfterAll
  static void close() {
    if (tokenizer != null) {
      tokenizer.close();
    }
  }

  @Test
  void encodesAllGoldenStrings() {
    JsonNode cases = JsonMapper.builder().build()
        .readTree(dir.resolve("tokenization.json").toFile()).path("cases");
    assertThat(cases.size()).isEqualTo(39);
    List<String> mismatches = new ArrayList<>();
    for (JsonNode c : cases) {
      String text = c.path("text").stringValue();
      JsonNode want = c.has("ids_hf_semantics") ? c.path("ids_hf_semantics") : c.path("ids");
      int[] expected = new int[want.size()];
      for (int i = 0; i < expected.length; i++) {
        expected[i] = want.get(i).intValue();
      }
      int[] ids = tokenizer.encode(text);
      if (!Arrays.equals(ids, expected)) {
        mismatches.add(text);
      }
      // llama.cpp decodes the NFD string back to NFD; the HF pipeline normalised it to NFC.
      String decoded = c.path("decoded").stringValue();
      assertThat(tokenizer.decode(ids)).as("decode of %s", text).isEqualTo(
          c.has("ids_hf_semantics") ? Normalizer.normalize(decoded, Normalizer.Form.NFC) : decoded);
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void nfdInputIsNormalisedToNfc() {
    assertThat(tokenizer.encode("cafe\u0301")).isEqualTo(tokenizer.encode("caf\u00e9"));
  }

  @Test
  void parsesSpecialTokensInTextButAddsNone() {
    int[] ids = tokenizer.encode("<|im_start|>user\nhi<|im_end|>");
    assertThat(ids[0]).isEqualTo(4257);
    assertThat(ids[ids.length - 1]).isEqualTo(4258);
    assertThat(tokenizer.encode("")).isEmpty();
    assertThat(tokenizer.tokens("Hello world")).containsExactly("H", "el", "lo", "Ġw", "orld");
  }

  @Test
  void decodeCanSkipSpecialTokens() {
    int[] ids = tokenizer.encode("<|im_start|>user\nhi<|im_end|>");
    assertThat(tokenizer.decode(ids, true)).isEqualTo("user\nhi");
    assertThat(tokenizer.decode(ids, false)).isEqualTo("<|im_start|>user\nhi<|im_end|>");
  }

  @Test
  void readsSpecialIdsFromGenerationConfig() {
    SpecialTokens special = tokenizer.specialTokens();
    assertThat(special.eosTokenIds()).containsExactly(4258, 4256);
    assertThat(special.bosTokenId()).isEqualTo(4256);
    assertThat(special.padTokenId()).isEqualTo(4256);
    assertThat(special.specialIds()).containsExactlyInAnyOrder(4256, 4257, 4258);
    assertThat(tokenizer.vocabulary().size()).isEqualTo(4259);
    assertThat(tokenizer.vocabulary().token(4257)).isEqualTo("<|im_start|>");
    assertThat(tokenizer.vocabulary().token(4260)).isNull();
  }

  @Test
  void longTextIsNotTruncated() {
    assertThat(tokenizer.encode("hello world ".repeat(400)).length).isGreaterThan(512);
  }

  @Test
  void missingTokenizerJsonIsNamed(@TempDir Path empty) {
    assertThatThrownBy(() -> Qwen2Tokenizer.load(empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tokenizer.json");
  }

  @Test
  void unknownEosTokenNamesFileAndField(@TempDir Path tmp) throws IOException {
    Files.copy(dir.resolve("tokenizer.json"), tmp.resolve("tokenizer.json"));
    Files.writeString(tmp.resolve("tokenizer_config.json"), "{\"eos_token\": \"<|nope|>\"}");
    assertThatThrownBy(() -> Qwen2Tokenizer.load(tmp))
        .hasMessageContaining("tokenizer_config.json")
        .hasMessageContaining("eos_token")
        .hasMessageContaining("<|nope|>");
  }

  @Test
  void badGenerationConfigEosNamesFileAndField(@TempDir Path tmp) throws IOException {
    Files.copy(dir.resolve("tokenizer.json"), tmp.resolve("tokenizer.json"));
    Files.writeString(tmp.resolve("generation_config.json"), "{\"eos_token_id\": [4258, \"x\"]}");
    assertThatThrownBy(() -> Qwen2Tokenizer.load(tmp))
        .hasMessageContaining("generation_config.json")
        .hasMessageContaining("eos_token_id");
    Files.writeString(tmp.resolve("generation_config.json"), "{\"eos_token_id\": 99999}");
    assertThatThrownBy(() -> Qwen2Tokenizer.load(tmp))
        .hasMessageContaining("eos_token_id is 99999");
  }
}
