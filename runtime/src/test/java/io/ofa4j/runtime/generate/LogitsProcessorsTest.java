package io.ofa4j.runtime.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The processors and warpers on single rows, values worked out by hand (HF semantics). */
class LogitsProcessorsTest {
  private static final float NEG = Float.NEGATIVE_INFINITY;

  @Test
  void repetitionPenaltyDividesPositiveAndMultipliesNegativeOnce() {
    float[] s = {2f, -2f, 2f, -2f};
    LogitsProcessors.repetitionPenalty(s, new TokenSequence(new int[] {0, 1, 0, 1, 0}), 2f);
    assertThat(s).containsExactly(1f, -4f, 2f, -2f);
  }

  @Test
  void noRepeatNgramBansEveryCompletion() {
    float[] s = new float[6];
    // Trigrams starting with (1,2): (1,2,3) and (1,2,5); the context ends with 1 2.
    LogitsProcessors.noRepeatNgram(s, new TokenSequence(new int[] {1, 2, 3, 1, 2, 5, 1, 2}), 3);
    assertThat(s).containsExactly(0, 0, 0, NEG, 0, NEG);
    float[] unigram = new float[4];
    LogitsProcessors.noRepeatNgram(unigram, new TokenSequence(new int[] {2}), 1);
    assertThat(unigram).containsExactly(0, 0, NEG, 0);
  }

  @Test
  void constraintKeepsAllowedAndEndOnlyWhereItMayEnd() {
    DecodingConstraint.State node = new TokenTrieConstraint(
        List.of(new int[] {2}, new int[] {2, 3})).start().advance(2);
    float[] s = {1, 1, 1, 1, 1};
    LogitsProcessors.constrain(s, node, List.of(0));
    assertThat(s).containsExactly(1, NEG, NEG, 1, NEG);
    float[] t = {1, 1, 1, 1, 1};
    LogitsProcessors.constrain(t, new TokenTrieConstraint(List.of(new int[] {2})).start(),
        List.of(0));
    assertThat(t).containsExactly(NEG, NEG, 1, NEG, NEG);
  }

  @Test
  void topKKeepsTiesAtTheKthValue() {
    float[] s = {1, 3, 2, 2, 0};
    Sampling.topK(s, 2);
    assertThat(s).containsExactly(NEG, 3, 2, 2, NEG);
  }

  @Test
  void topPAlwaysKeepsTheMostLikelyToken() {
    float[] s = FunctionModel.logOf(0.9, 0.05, 0.05);
    Sampling.topP(s, 0.01);
    assertThat(s[0]).isFinite();
    assertThat(s[1]).isEqualTo(NEG);
    assertThat(s[2]).isEqualTo(NEG);
  }

  @Test
  void temperatureDividesLogits() {
    float[] s = {2, 4};
    Sampling.warp(s, 2.0, 0, 1.0);
    assertThat(s).containsExactly(1, 2);
  }

  @Test
  void ascendingOrdersNegativesInfinitiesAndTies() {
    assertThat(Sampling.ascending(new float[] {0.5f, -1f, NEG, 0.5f, -0f}))
        .containsExactly(2, 1, 4, 0, 3);
  }
}
