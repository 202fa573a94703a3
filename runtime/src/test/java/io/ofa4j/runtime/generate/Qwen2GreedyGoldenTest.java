package io.ofa4j.runtime.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.runtime.model.Qwen2Checkpoint;
import io.ofa4j.runtime.model.Qwen2Model;
import io.ofa4j.runtime.testing.GoldenFixtures;
import io.ofa4j.runtime.tokenizer.Qwen2Tokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generator over the real Qwen2 model reproduces the llama.cpp / PyTorch greedy
 * continuations of {@code greedy.json} (20 new tokens, EOS not a stop), one by one and batched.
 */
class Qwen2GreedyGoldenTest {
  private static Path dir;
  private static Qwen2Model model;
  private static Qwen2Tokenizer tokenizer;
  private static final List<int[]> PROMPTS = new ArrayList<>();
  private static final List<int[]> EXPECTED = new ArrayList<>();

  @BeforeAll
  static void load() {
    dir = GoldenFixtures.qwen2Tiny();
    Qwen2Checkpoint checkpoint = Qwen2Checkpoint.load(dir);
    model = new Qwen2Model(checkpoint.config(), checkpoint.parameters());
    tokenizer = Qwen2Tokenizer.load(dir);
    JsonNode cases = JsonMapper.builder().build().readTree(dir.resolve("greedy.json").toFile())
        .path("cases");
    for (JsonNode c : cases) {
      PROMPTS.add(ints(c.path("prompt_ids")));
      EXPECTED.add(ints(c.path("generated")));
      assertThat(tokenizer.encode(c.path("prompt_text").stringValue()))
          .isEqualTo(PROMPTS.get(PROMPTS.size() - 1));
    }
  }

  @AfterAll
  static void close() {
    if (model != null) {
      model.close();
    }
    if (tokenizer != null) {
      tokenizer.close();
    }
  }

  private static final GenerationConfig GREEDY_20 =
      GenerationConfig.builder().optMaxNewTokens(20).build();

  @Test
  void greedyMatchesTheReferenceOneByOne() {
    Generator generator = Generator.withTokenizer(model, tokenizer);
    for (int i = 0; i < PROMPTS.size(); i++) {
      GenerationResult r = generator.generate(PROMPTS.get(i), GREEDY_20);
      assertThat(r.tokenIds()).as("prompt %s", i).isEqualTo(EXPECTED.get(i));
      assertThat(r.finishReason()).isEqualTo(FinishReason.MAX_NEW_TOKENS);
      assertThat(r.text()).isEqualTo(tokenizer.decode(EXPECTED.get(i), true));
    }
  }

  @Test
  void greedyMatchesTheReferenceBatched() {
    List<GenerationResult> results = new Generator(model).generate(
        GenerationRequest.builder(PROMPTS, GREEDY_20).build());
    for (int i = 0; i < PROMPTS.size(); i++) {
      assertThat(results.get(i).tokenIds()).as("prompt %s", i).isEqualTo(EXPECTED.get(i));
    }
  }

  private static int[] ints(JsonNode array) {
    int[] out = new int[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).intValue();
    }
    return out;
  }
}
