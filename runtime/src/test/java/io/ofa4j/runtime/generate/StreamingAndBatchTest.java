package io.ofa4j.runtime.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Streaming order, and a batch of prompts of different lengths equals one-by-one runs. */
class StreamingAndBatchTest {
  private static final List<int[]> PROMPTS = List.of(
      new int[] {3}, new int[] {5, 9, 2, 7, 7, 1}, new int[] {8, 8}, new int[] {4, 1, 6, 2});
  private final FunctionModel model = FunctionModel.pseudoRandom(26, 2.0);
  private final Generator generator = new Generator(model, GreedySearchTest::letters);

  @Test
  void streamsEveryTokenInOrderThenFinishes() {
    List<String> events = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    TokenStreamer streamer = new TokenStreamer() {
      @Override
      public void onToken(int row, int token, String delta) {
        events.add(row + ":" + token);
        if (row == 0) {
          text.append(delta);
        }
      }

      @Override
      public void onFinish(int row, GenerationResult result) {
        events.add(row + ":end");
      }
    };
    GenerationConfig config = GenerationConfig.builder().optMaxNewTokens(6)
        .optEosTokenIds(List.of(0)).build();
    List<GenerationResult> results = generator.generate(GenerationRequest.builder(PROMPTS, config)
        .optStreamer(streamer).optForcedPrefix(new int[] {1}, true).build());
    for (int row = 0; row < PROMPTS.size(); row++) {
      List<String> expected = new ArrayList<>();
      for (int t : results.get(row).tokenIds()) {
        expected.add(row + ":" + t);
      }
      expected.add(row + ":end");
      String prefix = row + ":";
      assertThat(events.stream().filter(e -> e.startsWith(prefix)).toList())
          .isEqualTo(expected);
    }
    assertThat(text.toString()).isEqualTo(results.get(0).text()).startsWith("a");
  }

  @Test
  void batchOfDifferentLengthsEqualsOneByOne() {
    List<GenerationConfig> configs = List.of(
        GenerationConfig.builder().optMaxNewTokens(9).build(),
        GenerationConfig.builder().optMaxNewTokens(9).optDoSample(true).optSeed(11).build(),
        GenerationConfig.builder().optMaxNewTokens(9).optNumBeams(3)
            .optEosTokenIds(List.of(0, 1)).build(),
        GenerationConfig.builder().optMaxNewTokens(9).optEosTokenIds(List.of(2))
            .optRepetitionPenalty(1.3).optNoRepeatNgramSize(2).build());
    for (GenerationConfig config : configs) {
      List<GenerationResult> batch =
          generator.generate(GenerationRequest.builder(PROMPTS, config).build());
      for (int i = 0; i < PROMPTS.size(); i++) {
        GenerationResult alone = generator.generate(PROMPTS.get(i), config);
        assertThat(batch.get(i).tokenIds()).as("prompt %s, %s", i, config)
            .isEqualTo(alone.tokenIds());
        assertThat(batch.get(i).text()).isEqualTo(alone.text());
        assertThat(batch.get(i).finishReason()).isEqualTo(alone.finishReason());
        assertThat(batch.get(i).score()).isEqualTo(alone.score());
      }
    }
  }

  @Test
  void beamSearchStreamsTheWinningHypothesis() {
    List<Integer> streamed = new ArrayList<>();
    GenerationConfig config = GenerationConfig.builder().optMaxNewTokens(5).optNumBeams(2).build();
    GenerationResult r = generator.generate(GenerationRequest.builder(List.of(PROMPTS.get(1)),
        config).optStreamer((row, token, text) -> streamed.add(token)).build()).get(0);
    assertThat(streamed).isEqualTo(Arrays.stream(r.tokenIds()).boxed().toList());
  }
}
