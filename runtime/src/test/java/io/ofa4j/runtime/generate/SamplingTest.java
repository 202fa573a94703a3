package io.ofa4j.runtime.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sampling: seeded reproducibility, the distribution drawn from, and the HF warpers. */
class SamplingTest {
  // From any token: P(1) = 0.5, P(2) = 0.3, P(3) = 0.2 (token 0 impossible).
  private static final float[] ROW = FunctionModel.logOf(1e-30, 0.5, 0.3, 0.2);
  private final FunctionModel model = FunctionModel.table(new float[][] {ROW, ROW, ROW, ROW});
  private final Generator generator = new Generator(model);

  private static GenerationConfig.Builder sampling() {
    return GenerationConfig.builder().optDoSample(true).optTopK(0).optMaxNewTokens(1);
  }

  @Test
  void sameSeedSameOutputAndSeedsDiffer() {
    FunctionModel random = FunctionModel.pseudoRandom(50, 1.0);
    Generator g = new Generator(random);
    GenerationConfig config = sampling().optMaxNewTokens(30).optSeed(7).build();
    int[] first = g.generate(new int[] {1, 2}, config).tokenIds();
    assertThat(g.generate(new int[] {1, 2}, config).tokenIds()).isEqualTo(first);
    int[] other = g.generate(new int[] {1, 2}, config.toBuilder().optSeed(8).build()).tokenIds();
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void drawsTokensWithTheModelsProbabilities() {
    int[] counts = new int[4];
    int n = 4000;
    for (int seed = 0; seed < n; seed++) {
      counts[generator.generate(new int[] {0}, sampling().optSeed(seed).build()).tokenIds()[0]]++;
    }
    assertThat(counts[0]).isZero();
    assertThat(counts[1] / (double) n).isCloseTo(0.5, within(0.03));
    assertThat(counts[2] / (double) n).isCloseTo(0.3, within(0.03));
    assertThat(counts[3] / (double) n).isCloseTo(0.2, within(0.03));
  }

  @Test
  void topKTwoNeverDrawsTheThirdToken() {
    Set<Integer> seen = drawn(sampling().optTopK(2));
    assertThat(seen).containsExactlyInAnyOrder(1, 2);
  }

  @Test
  void topPKeepsTheSmallestNucleus() {
    // HF removes the ascending prefix whose cumulative probability is <= 1 - p: that is
    // 0.2 (token 3), then 0.5 (tokens 3 and 2). p = 0.85: nothing; 0.75: token 3; 0.45: both.
    assertThat(drawn(sampling().optTopP(0.85))).containsExactlyInAnyOrder(1, 2, 3);
    assertThat(drawn(sampling().optTopP(0.75))).containsExactlyInAnyOrder(1, 2);
    assertThat(drawn(sampling().optTopP(0.45))).containsExactly(1);
  }

  @Test
  void lowTemperatureIsNearlyGreedy() {
    assertThat(drawn(sampling().optTemperature(0.01))).containsExactly(1);
  }

  @Test
  void tokenScoresAreLogprobsOfTheWarpedDistribution() {
    GenerationResult r = generator.generate(new int[] {0}, sampling().optTopK(2).optSeed(3).build());
    double p = r.tokenIds()[0] == 1 ? 0.5 / 0.8 : 0.3 / 0.8;
    assertThat(r.tokenScores()[0]).isCloseTo((float) Math.log(p), within(1e-5f));
  }

  private Set<Integer> drawn(GenerationConfig.Builder config) {
    Set<Integer> seen = new HashSet<>();
    for (int seed = 0; seed < 300; seed++) {
      seen.add(generator.generate(new int[] {0}, config.optSeed(seed).build()).tokenIds()[0]);
    }
    return seen;
  }
}
