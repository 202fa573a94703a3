package io.ofa4j.runtime.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.runtime.model.Qwen2Checkpoint;
import io.ofa4j.runtime.model.Qwen2Model;
import io.ofa4j.runtime.testing.GoldenFixtures;
import io.ofa4j.runtime.tokenizer.ChatMessage;
import io.ofa4j.runtime.tokenizer.Qwen2Tokenizer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Closed label sets and token ranges with the real (random-weight) Qwen2 model and tokenizer. */
class Qwen2ConstrainedGenerationTest {
  private static Qwen2Model model;
  private static Qwen2Tokenizer tokenizer;

  @BeforeAll
  static void load() {
    Qwen2Checkpoint checkpoint = Qwen2Checkpoint.load(GoldenFixtures.qwen2Tiny());
    model = new Qwen2Model(checkpoint.config(), checkpoint.parameters());
    tokenizer = Qwen2Tokenizer.load(GoldenFixtures.qwen2Tiny());
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

  @Test
  void closedSetAnswersAreOneOfTheLabels() {
    List<String> labels = List.of("entailment", "neutral", "contradiction");
    TokenTrieConstraint trie = TokenTrieConstraint.fromTexts(labels, tokenizer);
    int[] prompt = tokenizer.encodeChat(List.of(ChatMessage.user("Does it follow?")), true);
    GenerationConfig greedy = GenerationConfig.builder().optMaxNewTokens(10)
        .optEosTokenIds(tokenizer.specialTokens().eosTokenIds()).build();
    for (GenerationConfig config : List.of(greedy, greedy.toBuilder().optNumBeams(3).build(),
        greedy.toBuilder().optDoSample(true).optSeed(3).build())) {
      GenerationResult r = Generator.withTokenizer(model, tokenizer).generate(
          GenerationRequest.builder(List.of(prompt), config).optConstraint(trie).build()).get(0);
      assertThat(labels).contains(r.text());
      assertThat(r.finishReason()).isEqualTo(FinishReason.EOS);
    }
  }

  @Test
  void rangeBetweenTokensCoversTheSpecialTokens() {
    TokenRange specials = TokenRange.between(tokenizer.vocabulary(), "<|endoftext|>", "<|im_end|>");
    assertThat(specials).isEqualTo(new TokenRange(4256, 4258));
    assertThatThrownBy(() -> TokenRange.between(tokenizer.vocabulary(), "<bin_0>", "<bin_9>"))
        .hasMessageContaining("'<bin_0>'");
    GenerationResult r = new Generator(model).generate(GenerationRequest.builder(
            List.of(tokenizer.encode("box:")), GenerationConfig.builder().build())
        .optConstraint(TokenRangeConstraint.repeat(4, new TokenRange(100, 199))).build()).get(0);
    assertThat(r.tokenIds()).hasSize(4);
    assertThat(Arrays.stream(r.tokenIds())).allMatch(t -> t >= 100 && t <= 199);
    assertThat(r.finishReason()).isEqualTo(FinishReason.CONSTRAINT);
  }
}
