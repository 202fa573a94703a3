package io.ofa4j.preset.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.preset.recipe.Preset;
import io.ofa4j.preset.recipe.PresetLoader;
import io.ofa4j.preset.recipe.TrainerSection.Scheduling;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepSplitTest {
  @Test
  void roundRobinGivesEachSpecialistItsTurnsAndTheStepsAddUp() {
    Preset p = Presets.of(Presets.trainer(7, Scheduling.ROUND_ROBIN, 1, 1), Presets.task("a", 1, 10),
        Presets.task("b", 1, 10), Presets.task("c", 1, 10));
    StepSplit s = StepSplit.of(p, null);
    assertThat(s.rule()).isEqualTo(StepSplit.Rule.EQUAL_COMPUTE);
    assertThat(s.tasks()).containsExactly("a", "b", "c");
    assertThat(s.generalistMicroBatches()).containsExactly(3L, 2L, 2L);
    assertThat(s.specialistSteps()).containsExactly(3, 2, 2);
    assertThat(s.totalSpecialistSteps()).isEqualTo(s.generalistSteps()).isEqualTo(7);
    assertThat(s.stepsOf("b")).isEqualTo(2);
  }

  @Test
  void proportionalSamplingFollowsTheWeightsAndTheStepsAddUp() {
    Preset p = Presets.of(Presets.trainer(4000, Scheduling.PROPORTIONAL, 1, 3), Presets.task("a", 3, 10),
        Presets.task("b", 1, 10));
    StepSplit s = StepSplit.of(p, null);
    assertThat(s.totalSpecialistSteps()).isEqualTo(4000);
    // binomial(4000, 0.75): mean 3000, sd 27
    assertThat(s.stepsOf("a")).isBetween(2900, 3100);
    assertThat(s.specialistSteps().get(0).longValue()).isEqualTo(s.generalistMicroBatches().get(0));
    // the replay is deterministic in the seed, and another seed draws another schedule
    assertThat(StepSplit.of(p, null)).isEqualTo(s);
    Preset otherSeed = Presets.of(Presets.trainer(4000, Scheduling.PROPORTIONAL, 1, 4), p.tasks().toArray(
        new io.ofa4j.preset.recipe.TaskEntry[0]));
    assertThat(StepSplit.of(otherSeed, null).specialistSteps()).isNotEqualTo(s.specialistSteps());
  }

  @Test
  void temperatureSamplingFollowsTheDatasetSizes() {
    // sizes 900 and 100 at T=2 (the default): weights 30 and 10
    Preset p = Presets.of(Presets.trainer(4000, Scheduling.TEMPERATURE, 1, 1), Presets.task("big", 1, 900),
        Presets.task("small", 1, 100));
    StepSplit s = StepSplit.of(p, null);
    assertThat(s.stepsOf("big")).isBetween(2900, 3100);
    assertThat(s.totalSpecialistSteps()).isEqualTo(4000);
  }

  @Test
  void gradientAccumulationTurnsMicroBatchesIntoSteps() {
    // 5 steps of 2 micro-batches round robin over 2 tasks: 5 micro-batches each, 2.5 steps each
    Preset p = Presets.of(Presets.trainer(5, Scheduling.ROUND_ROBIN, 2, 1), Presets.task("a", 1, 10),
        Presets.task("b", 1, 10));
    StepSplit s = StepSplit.of(p, null);
    assertThat(s.generalistMicroBatches()).containsExactly(5L, 5L);
    assertThat(s.specialistSteps()).containsExactly(3, 2);
    assertThat(s.totalSpecialistSteps()).isEqualTo(5);
  }

  @Test
  void allTasksGivesEverySpecialistEveryStep() {
    Preset p = Presets.of(Presets.trainer(4, Scheduling.ALL_TASKS, 2, 1), Presets.task("a", 1, 10),
        Presets.task("b", 1, 10), Presets.task("c", 1, 10));
    StepSplit s = StepSplit.of(p, null);
    assertThat(s.generalistMicroBatches()).containsExactly(8L, 8L, 8L);
    assertThat(s.specialistSteps()).containsExactly(4, 4, 4);
    assertThat(s.totalSpecialistSteps()).isEqualTo(12);
  }

  @Test
  void fixedStepsGiveEverySpecialistTheSame() {
    Preset p = Presets.of(Presets.trainer(7, Scheduling.ROUND_ROBIN, 1, 1), Presets.task("a", 1, 10),
        Presets.task("b", 1, 10));
    StepSplit s = StepSplit.of(p, 7);
    assertThat(s.rule()).isEqualTo(StepSplit.Rule.FIXED);
    assertThat(s.specialistSteps()).containsExactly(7, 7);
    assertThat(s.generalistMicroBatches()).containsExactly(4L, 3L);
    assertThatThrownBy(() -> StepSplit.of(p, 0)).hasMessageContaining("--specialist-steps must be > 0, found 0");
  }

  @Test
  void aTaskTheScheduleNeverDrawsIsAnErrorNamingIt() {
    Preset p = Presets.of(Presets.trainer(3, Scheduling.PROPORTIONAL, 1, 1), Presets.task("often", 1, 10),
        Presets.task("rare", 1e-9, 10));
    assertThatThrownBy(() -> StepSplit.of(p, null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("task 'rare' received 0 micro-batch(es)", "3-step schedule", "--specialist-steps");
    assertThat(StepSplit.of(p, 3).specialistSteps()).containsExactly(3, 3);
  }

  @Test
  void theQuickstartSplitAddsUpToItsSteps() {
    Preset p = PresetLoader.builtIn().load("quickstart", List.of()).preset();
    StepSplit s = StepSplit.of(p, null);
    assertThat(s.tasks()).hasSize(6);
    assertThat(s.totalSpecialistSteps()).isEqualTo(p.trainer().steps()).isEqualTo(s.generalistSteps());
    assertThat(s.specialistSteps()).allMatch(n -> n > 0);
  }
}
