package io.ofa4j.preset.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StageScheduleTest {
  private static final List<String> KEYS = List.of("adapters.vision.w", "visual.blocks.0.w",
      "model.layers.0.mlp.up_proj.weight", "model.embed_tokens.weight");

  @Test
  void freezesWhatAStageDoesNotTrain() {
    StageSchedule s = StageSchedule.of(List.of(
        new StageSchedule.Stage("adapters", 0, 10, List.of(Pattern.compile("visual\\..*|adapters\\..*"))),
        new StageSchedule.Stage("all", 10, 30, List.of(Pattern.compile(".*")))));
    assertThat(s.frozen(0, KEYS)).containsExactly("model.embed_tokens.weight", "model.layers.0.mlp.up_proj.weight");
    assertThat(s.frozen(9, KEYS)).hasSize(2);
    assertThat(s.frozen(10, KEYS)).isEmpty();
    assertThat(s.frozen(99, KEYS)).as("past the end: the last stage").isEmpty();
    assertThat(StageSchedule.none().frozen(0, KEYS)).isEmpty();
    // the per-step predicate the trainer gets agrees with frozen()
    for (long step : new long[] {0, 9, 10, 99}) {
      assertThat(KEYS.stream().filter(s.trainable(step).negate()).sorted().toList()).isEqualTo(s.frozen(step, KEYS));
    }
    assertThat(KEYS).allMatch(StageSchedule.none().trainable(0));
  }

  @Test
  void rejectsGapsAndEmptyStages() {
    assertThatThrownBy(() -> new StageSchedule.Stage("x", 5, 5, List.of())).hasMessageContaining("'x'");
    assertThatThrownBy(() -> StageSchedule.of(List.of(new StageSchedule.Stage("a", 0, 5, List.of()),
        new StageSchedule.Stage("b", 6, 9, List.of())))).hasMessageContaining("'b' starts at 6");
  }
}
