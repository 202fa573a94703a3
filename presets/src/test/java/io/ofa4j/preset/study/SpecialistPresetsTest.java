package io.ofa4j.preset.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.preset.recipe.Preset;
import io.ofa4j.preset.recipe.StageSection;
import io.ofa4j.preset.recipe.TaskEntry;
import io.ofa4j.preset.recipe.TrainerSection.Scheduling;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecialistPresetsTest {
  private static final Preset THREE = Presets.of(Presets.trainer(100, Scheduling.PROPORTIONAL, 1, 9),
      Presets.task("a", 1, 10), Presets.task("b", 2, 20), Presets.task("c", 3, 30));

  @Test
  void aSpecialistKeepsEverythingButTheTaskListAndTheSteps() {
    Preset s = SpecialistPresets.specialist(THREE, "b", 40);
    assertThat(s.name()).isEqualTo("p-b");
    assertThat(s.model()).isEqualTo(THREE.model());
    assertThat(s.tasks()).containsExactly(THREE.tasks().get(1));
    assertThat(s.trainer().steps()).isEqualTo(40);
    assertThat(SpecialistPresets.withSteps(s.trainer(), 100)).isEqualTo(THREE.trainer());
    assertThatThrownBy(() -> SpecialistPresets.specialist(THREE, "z", 5)).hasMessageContaining("no task 'z'");
  }

  @Test
  void stagesAreScaledToTheSpecialistsSteps() {
    Preset staged = Presets.of(Presets.trainer(100, Scheduling.PROPORTIONAL, 1, 1),
        List.of(new StageSection("adapters", 20, List.of("adapters\\..*")), new StageSection("all", 80, List.of(".*"))),
        Presets.task("a", 1, 10), Presets.task("b", 1, 10));
    // one step each, then 23 more by 19:79 -> 4.46 and 18.54 -> 4 and 19
    List<StageSection> stages = SpecialistPresets.specialist(staged, "a", 25).stages();
    assertThat(stages).extracting(StageSection::steps).containsExactly(5, 20);
    assertThat(stages).extracting(StageSection::train).containsExactly(List.of("adapters\\..*"), List.of(".*"));
    assertThat(SpecialistPresets.specialist(staged, "a", 2).stages()).extracting(StageSection::steps)
        .containsExactly(1, 1);
    assertThatThrownBy(() -> SpecialistPresets.specialist(staged, "a", 1))
        .hasMessageContaining("1 step(s) cannot hold the preset's 2 stages");
    List<StageSection> ones = List.of(new StageSection("x", 1, List.of(".*")), new StageSection("y", 1, List.of(".*")));
    assertThat(SpecialistPresets.scaleStages(ones, 2, 5)).extracting(StageSection::steps).containsExactly(1, 4);
  }

  @Test
  void restrictKeepsThePresetsOrderAndNamesUnknownTasks() {
    Preset r = SpecialistPresets.restrict(THREE, List.of("c", "a"));
    assertThat(r.tasks()).extracting(TaskEntry::name).containsExactly("a", "c");
    assertThat(r.trainer()).isEqualTo(THREE.trainer());
    assertThatThrownBy(() -> SpecialistPresets.restrict(THREE, List.of("a", "vqa")))
        .hasMessageContaining("no task 'vqa' in preset 'p'; its tasks: a, b, c");
    assertThatThrownBy(() -> SpecialistPresets.restrict(THREE, List.of("a", "a"))).hasMessageContaining("twice");
  }

  @Test
  void aStudyNeedsTwoTasks() {
    Preset one = SpecialistPresets.restrict(THREE, List.of("b"));
    assertThatThrownBy(() -> Study.plan(one, null)).hasMessageContaining("has 1 task (b)", "at least two tasks");
    assertThat(Study.plan(THREE, null).totalSpecialistSteps()).isEqualTo(100);
  }
}
