package io.ofa4j.runtime.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Greedy decoding over a last-token table model whose argmax chain is 1,2,3,4,5,1,... */
class GreedySearchTest {
  // Token 0 is the end id. After t the most likely token is t % 5 + 1; after 5, the end id is
  // second best (so min_new_tokens and n-gram bans make it win).
  static final float[][] TABLE = {
      {0, 5, 0, 0, 0, 0},
      {0, 0, 5, 1, 0, 0},
      {0, 0, 0, 5, 1, 0},
      {0, 0, 0, 0, 5, 1},
      {0, 0, 0, 0, 0, 5},
      {4, 5, 0, 0, 0, 0},
  };

  private final FunctionModel model = FunctionModel.table(TABLE);
  private final Generator generator = new Generator(model);

  @Test
  void followsTheArgmaxChainForMaxNewTokens() {
    GenerationResult r = generator.generate(new int[] {2},
        GenerationConfig.builder().optMaxNewTokens(7).build());
    assertThat(r.tokenIds()).containsExactly(3, 4, 5, 1, 2, 3, 4);
    assertThat(r.finishReason()).isEqualTo(FinishReason.MAX_NEW_TOKENS);
    assertThat(r.text()).isNull();
    // log_softmax of {0,0,0,0,0,5} at 5 after 4, by hand.
    double lp = 5 - Math.log(5 + Math.exp(5));
    assertThat(r.tokenScores()[2]).isCloseTo((float) lp, offset(1e-6f));
    assertThat(r.score()).isLessThan(0);
  }

  @Test
  void stopsAtAnEndIdAndKeepsIt() {
    float[][] table = TABLE.clone();
    table[5] = new float[] {6, 5, 0, 0, 0, 0};
    GenerationResult r = new Generator(FunctionModel.table(table)).generate(new int[] {3},
        GenerationConfig.builder().optMaxNewTokens(10).optEosTokenIds(List.of(0)).build());
    assertThat(r.tokenIds()).containsExactly(4, 5, 0);
    assertThat(r.finishReason()).isEqualTo(FinishReason.EOS);
  }

  @Test
  void minNewTokensMasksTheEndId() {
    float[][] table = TABLE.clone();
    table[5] = new float[] {6, 5, 0, 0, 0, 0};
    GenerationResult r = new Generator(FunctionModel.table(table)).generate(new int[] {3},
        GenerationConfig.builder().optMaxNewTokens(10).optMinNewTokens(3)
            .optEosTokenIds(List.of(0)).build());
    assertThat(r.tokenIds()).containsExactly(4, 5, 1, 2, 3, 4, 5, 0);
  }

  @Test
  void noRepeatNgramBlocksARepeatedBigram() {
    // Prompt 4 5 1 continues 2 3 4; the bigram (4,5) exists, so after 4 comes the runner-up 0.
    GenerationResult r = generator.generate(new int[] {4, 5, 1},
        GenerationConfig.builder().optMaxNewTokens(5).optNoRepeatNgramSize(2).build());
    assertThat(r.tokenIds()).containsExactly(2, 3, 4, 0, 1);
  }

  @Test
  void repetitionPenaltyAvoidsSeenTokens() {
    // After 5: logits {4, 5, ...}; token 1 was seen and 5/2 < 4, so the end id wins.
    GenerationResult r = generator.generate(new int[] {1, 2, 3, 4},
        GenerationConfig.builder().optMaxNewTokens(2).optRepetitionPenalty(2.0).build());
    assertThat(r.tokenIds()).containsExactly(5, 0);
  }

  @Test
  void forcedPrefixIsContextAndKeptOrStripped() {
    GenerationConfig config = GenerationConfig.builder().optMaxNewTokens(2).build();
    GenerationRequest.Builder b = GenerationRequest.builder(List.of(new int[] {1}), config);
    GenerationResult stripped = generator.generate(b.optForcedPrefix(new int[] {4}, false)
        .build()).get(0);
    assertThat(stripped.tokenIds()).containsExactly(5, 1);
    GenerationResult kept = generator.generate(b.optForcedPrefix(new int[] {4}, true)
        .build()).get(0);
    assertThat(kept.tokenIds()).containsExactly(4, 5, 1);
    assertThat(kept.tokenScores()).hasSize(2);
  }

  @Test
  void rejectsEmptyAndOutOfVocabularyPrompts() {
    GenerationConfig config = GenerationConfig.defaults();
    assertThatThrownBy(() -> generator.generate(new int[0], config))
        .hasMessageContaining("prompt 0 is empty");
    assertThatThrownBy(() -> generator.generate(new int[] {1, 9}, config))
        .hasMessageContaining("prompt 0 token 1 is 9, outside the model's vocabulary [0, 6)");
  }

  @Test
  void stopStringsNeedATokenizerAndEndTheRow() {
    GenerationConfig config = GenerationConfig.builder().optMaxNewTokens(10)
        .optStopStrings(List.of("cd")).build();
    assertThatThrownBy(() -> generator.generate(new int[] {1}, config))
        .hasMessageContaining("need a generator with a tokenizer");
    Generator letters = new Generator(model, GreedySearchTest::letters);
    GenerationResult r = letters.generate(new int[] {1}, config);
    assertThat(r.text()).isEqualTo("bcd");
    assertThat(r.finishReason()).isEqualTo(FinishReason.STOP_STRING);
  }

  /** Decodes id i as the letter 'a' + i - 1 (id 0, the end id, as nothing). */
  static String letters(int[] ids) {
    StringBuilder sb = new StringBuilder();
    for (int id : ids) {
      if (id > 0) {
        sb.append((char) ('a' + id - 1));
      }
    }
    return sb.toString();
  }
}
