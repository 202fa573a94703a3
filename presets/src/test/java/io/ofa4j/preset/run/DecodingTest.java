package io.ofa4j.preset.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.modality.pipeline.predict.PredictOptions;
import io.ofa4j.planner.Planner;
import io.ofa4j.preset.recipe.GenerationSection;
import io.ofa4j.task.catalog.TaskCatalog;
import io.ofa4j.task.catalog.TaskSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The preset's generation section over the catalog's decoding options, down to the predictor's. */
class DecodingTest {
  private static final TaskSpec CAPTION = TaskCatalog.load(Planner.builtIn()).find("caption").orElseThrow().spec();

  @Test
  void presetBeamsAndPenaltiesReachThePredictorOptions() {
    Decoding d = Decoding.of(new GenerationSection(100, 3, 0.6, 2), CAPTION);
    assertThat(d.maxNewTokens()).as("the catalog's smaller budget").isEqualTo(CAPTION.maxNewTokens());
    PredictOptions o = d.options(List.of("a", "b"));
    assertThat(o.numBeams()).isEqualTo(3);
    assertThat(o.lengthPenalty()).isEqualTo(0.6);
    assertThat(o.noRepeatNgramSize()).isEqualTo(2);
    assertThat(o.labels()).containsExactly("a", "b");
    assertThat(o.maxNewTokens()).isEqualTo(CAPTION.maxNewTokens());
  }

  @Test
  void greedyPresetKeepsTheCatalogBeams() {
    Decoding d = Decoding.of(GenerationSection.defaults(), CAPTION);
    assertThat(d.numBeams()).isEqualTo(CAPTION.numBeams());
    assertThat(Decoding.greedy(5).options(List.of()).numBeams()).isEqualTo(1);
  }

  @Test
  void badValuesAreNamed() {
    assertThatThrownBy(() -> new Decoding(4, 0, 1.0, 0)).hasMessageContaining("num_beams > 0 (found 0)");
    assertThatThrownBy(() -> new Decoding(4, 2, Double.NaN, 0)).hasMessageContaining("length_penalty (found NaN)");
  }
}
