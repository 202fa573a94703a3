package io.ofa4j.modality.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.modality.pipeline.encode.EncodedExample;
import io.ofa4j.modality.pipeline.predict.PredictOptions;
import io.ofa4j.modality.pipeline.predict.Prediction;
import io.ofa4j.modality.pipeline.predict.Predictor;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.runtime.generate.GenerationConfig;
import io.ofa4j.runtime.generate.Generator;
import io.ofa4j.runtime.model.Qwen2Model;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Beam search through the predictor: the same ids as the runtime's beam search on the same
 * prompt, different from greedy somewhere, and the closed-set and location constraints still hold
 * on every beam.
 */
class PredictorBeamTest {
  @TempDir static Path dir;
  static PipelineFixture fx;
  static Qwen2Model model;
  static Predictor predictor;

  @BeforeAll
  static void setUp() {
    fx = new PipelineFixture(dir, DataType.FLOAT, 23);
    model = new Qwen2Model(fx.config, fx.store, 1);
    predictor = new Predictor(model, fx.kits, fx.builder);
  }

  @Test
  void freeTextBeamsMatchTheRuntimeBeamSearchAndDifferFromGreedy() {
    TaskPlan plan = PipelineFixture.plan("[TEXT:s] summarize: -> [TEXT:t]");
    int end = fx.ctx.id("<|im_end|>");
    int differs = 0;
    for (String s : List.of("a cat sat", "the dog ran far", "red blue green", "one two", "it rains")) {
      RawExample ex = RawExample.of("b#" + s, "s", s);
      PredictOptions beams = new PredictOptions(6, List.of(), 1).withSearch(3, 1.0, 0);
      Prediction beam = predictor.predict(plan, ex, beams);
      Prediction greedy = predictor.predict(plan, ex, new PredictOptions(6, List.of(), 1));
      EncodedExample prompt = fx.builder.prompt(plan, ex);
      GenerationConfig config = GenerationConfig.builder().optMaxNewTokens(6).optEosTokenIds(List.of(end))
          .optPadTokenId(end).optNumBeams(3).build();
      int[] direct = new Generator(model).generate(prompt.ids(), config).tokenIds();
      int n = direct.length;
      while (n > 0 && direct[n - 1] == end) {
        n--;
      }
      assertThat(beam.tokenIds()).as(s).containsExactly(Arrays.copyOf(direct, n));
      if (!Arrays.equals(beam.tokenIds(), greedy.tokenIds())) {
        differs++;
      }
    }
    assertThat(differs).as("beam search finds another sequence than greedy on some prompt").isPositive();
  }

  @Test
  void constraintsHoldOnEveryBeam() {
    TaskPlan closed = PipelineFixture.plan("[TEXT:s] sentiment? -> [TEXT:c,closed_set]");
    List<String> labels = List.of("positive", "negative", "very negative indeed");
    PredictOptions options = PredictOptions.defaults().withLabels(labels).withSearch(3, 1.0, 2);
    for (String s : List.of("great", "awful film")) {
      assertThat(labels).contains((String) predictor.predict(closed, RawExample.of("c#" + s, "s", s), options).value());
    }
    TaskPlan box = PipelineFixture.plan(
        "[IMAGE:img] which region does the text \" [TEXT:cap] \" describe? -> [BOX:region]");
    Prediction p = predictor.predict(box, RawExample.of("g#1", "img", PipelineFixture.image(64, 48, 3),
        "cap", "the cat"), PredictOptions.defaults().withSearch(3, 1.0, 1));
    assertThat(p.tokenIds()).hasSize(4);
    for (int id : p.tokenIds()) {
      assertThat(fx.ctx.locations().isLocation(id)).isTrue();
    }
  }
}
