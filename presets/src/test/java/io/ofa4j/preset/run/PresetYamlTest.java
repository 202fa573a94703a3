package io.ofa4j.preset.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.preset.recipe.Preset;
import io.ofa4j.preset.recipe.PresetLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resolved preset a checkpoint carries loads back to the same values. */
class PresetYamlTest {
  private static final PresetLoader LOADER = PresetLoader.builtIn();

  @TempDir Path dir;

  @Test
  void roundTripsEveryShippedTrainingPresetWithOverrides() throws Exception {
    for (String name : List.of("quickstart", "caption", "refcoco", "ofasys")) {
      Preset p = LOADER.load(name, List.of("trainer.steps=77", "trainer.learning_rate=0.002")).preset();
      Path f = dir.resolve(name + ".yaml");
      Files.writeString(f, PresetYaml.write(p));
      Preset back = LOADER.load(f.toString(), List.of()).preset();
      assertThat(back.trainer()).as(name).isEqualTo(p.trainer());
      assertThat(back.model()).as(name).isEqualTo(p.model());
      assertThat(back.stages()).as(name).isEqualTo(p.stages());
      assertThat(back.tasks()).extracting(t -> t.name()).isEqualTo(p.tasks().stream().map(t -> t.name()).toList());
      assertThat(back.tasks()).extracting(t -> t.data()).isEqualTo(p.tasks().stream().map(t -> t.data()).toList());
      assertThat(back.trainer().steps()).isEqualTo(77);
    }
  }

  @Test
  void writesSnakeCaseKeys() {
    assertThat(PresetYaml.snake("microBatchSize")).isEqualTo("micro_batch_size");
    assertThat(PresetYaml.write(LOADER.load("sst2", List.of()).preset()))
        .contains("micro_batch_size:", "learning_rate:", "proportional")
        .doesNotContain("extends");
  }
}
