package io.ofa4j.runtime.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Closed label sets and token ranges hold under every strategy. */
class ConstraintTest {
  private static final List<int[]> LABELS =
      List.of(new int[] {5, 6}, new int[] {5, 7, 8}, new int[] {9}, new int[] {5});
  private final FunctionModel model = FunctionModel.pseudoRandom(40, 3.0);
  private final Generator generator = new Generator(model);

  private static GenerationConfig.Builder base() {
    return GenerationConfig.builder().optMaxNewTokens(8).optEosTokenIds(List.of(0));
  }

  @Test
  void trieConstraintAlwaysYieldsALabelThenTheEndId() {
    TokenTrieConstraint trie = new TokenTrieConstraint(LABELS);
    for (GenerationConfig config : List.of(base().build(), base().optNumBeams(3).build())) {
      for (int seed = 0; seed < 40; seed++) {
        assertLabel(run(config.toBuilder().optSeed(seed).build(), trie, new int[] {seed % 40}));
      }
    }
    for (int seed = 0; seed < 200; seed++) {
      assertLabel(run(base().optDoSample(true).optTopK(0).optSeed(seed).build(), trie,
          new int[] {1, 2}));
    }
  }

  @Test
  void trieWithoutEndIdFinishesWithConstraint() {
    GenerationResult r = run(base().optEosTokenIds(List.of()).build(),
        new TokenTrieConstraint(List.of(new int[] {3, 4})), new int[] {1});
    assertThat(r.tokenIds()).containsExactly(3, 4);
    assertThat(r.finishReason()).isEqualTo(FinishReason.CONSTRAINT);
  }

  @Test
  void rangeConstraintYieldsExactlyNInRangeTokens() {
    TokenRangeConstraint range = new TokenRangeConstraint(List.of(
        new TokenRange(10, 19), new TokenRange(10, 19), new TokenRange(20, 29),
        new TokenRange(20, 29)));
    for (int seed = 0; seed < 100; seed++) {
      GenerationConfig config = seed % 2 == 0 ? base().optDoSample(true).optSeed(seed).build()
          : base().optNumBeams(2).build();
      GenerationResult r = run(config, range, new int[] {seed % 40, 3});
      int[] ids = r.tokenIds();
      assertThat(ids).hasSize(5);
      assertThat(Arrays.stream(ids, 0, 2)).allMatch(t -> t >= 10 && t <= 19);
      assertThat(Arrays.stream(ids, 2, 4)).allMatch(t -> t >= 20 && t <= 29);
      assertThat(ids[4]).isZero();
      assertThat(r.finishReason()).isEqualTo(FinishReason.EOS);
    }
  }

  @Test
  void constraintAppliesAfterTheForcedPrefix() {
    GenerationRequest request = GenerationRequest.builder(List.of(new int[] {1}), base().build())
        .optForcedPrefix(new int[] {30, 31}, true)
        .optConstraint(TokenRangeConstraint.repeat(2, new TokenRange(10, 12)))
        .build();
    int[] ids = generator.generate(request).get(0).tokenIds();
    assertThat(ids).hasSize(5);
    assertThat(ids[0]).isEqualTo(30);
    assertThat(ids[1]).isEqualTo(31);
    assertThat(ids[2]).isBetween(10, 12);
    assertThat(ids[3]).isBetween(10, 12);
  }

  @Test
  void rejectsEmptyLabelsAndRanges() {
    assertThatThrownBy(() -> new TokenTrieConstraint(List.of(new int[] {1}, new int[0])))
        .hasMessageContaining("labels[1] has no tokens");
    assertThatThrownBy(() -> new TokenRange(5, 4)).hasMessageContaining("[5, 4]");
    assertThatThrownBy(() -> new TokenTrieConstraint(LABELS).start().advance(6))
        .hasMessageContaining("token 6 is not allowed here");
  }

  private GenerationResult run(GenerationConfig config, DecodingConstraint c, int[] prompt) {
    return generator.generate(GenerationRequest.builder(List.of(prompt), config)
        .optConstraint(c).build()).get(0);
  }

  private static void assertLabel(GenerationResult r) {
    int[] ids = r.tokenIds();
    assertThat(ids[ids.length - 1]).isZero();
    int[] label = Arrays.copyOf(ids, ids.length - 1);
    assertThat(LABELS).anySatisfy(l -> assertThat(label).isEqualTo(l));
    assertThat(r.finishReason()).isEqualTo(FinishReason.EOS);
  }
}
