package io.ofa4j.runtime.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Beam search on hand-built cases where the greedy choice is not the best sequence. */
class BeamSearchTest {
  // Token 0 = end. From the prompt (token 4): P(1) = 0.6, P(2) = 0.4. After 1 the next token is
  // uncertain (3 ways, 1/3 each); after 2 it is nearly sure (token 3 at 0.9).
  static final float[][] TABLE = {
      FunctionModel.logOf(0.97, 0.01, 0.01, 0.01, 1e-9),
      FunctionModel.logOf(0.01, 0.33, 0.33, 0.33, 1e-9),
      FunctionModel.logOf(0.05, 0.025, 0.025, 0.9, 1e-9),
      FunctionModel.logOf(0.97, 0.01, 0.01, 0.01, 1e-9),
      FunctionModel.logOf(1e-9, 0.6, 0.4, 1e-9, 1e-9),
  };

  private final Generator generator = new Generator(FunctionModel.table(TABLE));

  @Test
  void findsAHigherScoringSequenceThanGreedy() {
    GenerationConfig greedy = GenerationConfig.builder().optMaxNewTokens(2).build();
    GenerationResult g = generator.generate(new int[] {4}, greedy);
    assertThat(g.tokenIds()).containsExactly(1, 1);
    GenerationResult b = generator.generate(new int[] {4},
        greedy.toBuilder().optNumBeams(2).build());
    assertThat(b.tokenIds()).containsExactly(2, 3);
    double beamLogprob = Math.log(0.4) + Math.log(0.9);
    assertThat(b.score()).isCloseTo(beamLogprob / 2, within(1e-5));
    assertThat(beamLogprob).isGreaterThan(g.score());
    assertThat(b.finishReason()).isEqualTo(FinishReason.MAX_NEW_TOKENS);
  }

  @Test
  void endsWithTheEndIdAndNormalisesByLength() {
    GenerationConfig config = GenerationConfig.builder().optMaxNewTokens(6).optNumBeams(2)
        .optEosTokenIds(List.of(0)).build();
    GenerationResult r = generator.generate(new int[] {4}, config);
    // 2 3 0 has log(0.4*0.9*0.97) over 2 generated tokens (the end id does not count).
    assertThat(r.tokenIds()).containsExactly(2, 3, 0);
    assertThat(r.finishReason()).isEqualTo(FinishReason.EOS);
    assertThat(r.score()).isCloseTo(Math.log(0.4 * 0.9 * 0.97) / 2, within(1e-5));
    assertThat(r.tokenScores()).hasSize(3);
  }

  @Test
  void lengthPenaltyTradesLengthAgainstProbability() {
    // From 5: end now (0.5) or 6 then end (0.45 * 1.0). Per token: -0.69 vs -0.80/1.
    float[][] table = {
        FunctionModel.logOf(1, 1e-9, 1e-9, 1e-9, 1e-9, 1e-9, 1e-9),
        FunctionModel.logOf(1, 1e-9, 1e-9, 1e-9, 1e-9, 1e-9, 1e-9),
        FunctionModel.logOf(1, 1e-9, 1e-9, 1e-9, 1e-9, 1e-9, 1e-9),
        FunctionModel.logOf(1, 1e-9, 1e-9, 1e-9, 1e-9, 1e-9, 1e-9),
        FunctionModel.logOf(1e-9, 1e-9, 1e-9, 1e-9, 1e-9, 1, 1e-9),
        FunctionModel.logOf(0.5, 1e-9, 1e-9, 1e-9, 1e-9, 0.05, 0.45),
        FunctionModel.logOf(0.999, 1e-9, 1e-9, 1e-9, 1e-9, 1e-9, 0.001),
    };
    Generator g = new Generator(FunctionModel.table(table));
    GenerationConfig.Builder config = GenerationConfig.builder().optMaxNewTokens(5)
        .optNumBeams(3).optEosTokenIds(List.of(0));
    // Lengths 1 (5 0) and 2 (5 6 0): sums log 0.5 and log 0.4496.
    assertThat(g.generate(new int[] {4}, config.optLengthPenalty(0.0).build()).tokenIds())
        .containsExactly(5, 0);
    assertThat(g.generate(new int[] {4}, config.optLengthPenalty(2.0).build()).tokenIds())
        .containsExactly(5, 6, 0);
  }

  @Test
  void earlyStoppingStopsOnceEnoughHypothesesFinished() {
    GenerationConfig config = GenerationConfig.builder().optMaxNewTokens(6).optNumBeams(2)
        .optEosTokenIds(List.of(0)).optEarlyStopping(true).build();
    FunctionModel early = FunctionModel.table(TABLE);
    GenerationResult r = new Generator(early).generate(new int[] {4}, config);
    FunctionModel patient = FunctionModel.table(TABLE);
    GenerationResult p = new Generator(patient).generate(new int[] {4},
        config.toBuilder().optEarlyStopping(false).build());
    assertThat(r.tokenIds()).containsExactly(2, 3, 0);
    assertThat(p.tokenIds()).containsExactly(2, 3, 0);
    assertThat(early.appendCalls).isLessThan(patient.appendCalls);
  }
}
