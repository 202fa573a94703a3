package io.ofa4j.modality.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.modality.box.BoundingBox;
import io.ofa4j.modality.pipeline.encode.EncodedExample;
import io.ofa4j.modality.pipeline.predict.DetectedObject;
import io.ofa4j.modality.pipeline.predict.PredictOptions;
import io.ofa4j.modality.pipeline.predict.Prediction;
import io.ofa4j.modality.pipeline.predict.Predictor;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.runtime.model.Qwen2Model;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

/** Constrained prediction on an untrained tiny model: the constraints alone shape the output. */
class PredictorTest {
  @TempDir static Path dir;
  static PipelineFixture fx;
  static Predictor predictor;

  @BeforeAll
  static void setUp() {
    fx = new PipelineFixture(dir, DataType.FLOAT, 21);
    predictor = new Predictor(new Qwen2Model(fx.config, fx.store, 1), fx.kits, fx.builder);
  }

  @Test
  void groundingDecodesExactlyFourLocationTokensToAPixelBox() {
    TaskPlan plan = PipelineFixture.plan(
        "[IMAGE:img] which region does the text \" [TEXT:cap] \" describe? -> [BOX:region]");
    Prediction p = predictor.predict(plan, RawExample.of("g#1", "img", PipelineFixture.image(120, 90, 4),
        "cap", "the cat"), PredictOptions.defaults());
    assertThat(p.tokenIds()).hasSize(4);
    for (int id : p.tokenIds()) {
      assertThat(fx.ctx.locations().isLocation(id)).isTrue();
    }
    assertThat(p.value()).isInstanceOf(BoundingBox.class);
    BoundingBox box = (BoundingBox) p.value();
    assertThat(box.x0()).isBetween(0.0, 120.0);
    assertThat(box.x1()).isBetween(0.0, 120.0);
    assertThat(box.y1()).isBetween(0.0, 90.0);
  }

  @Test
  void closedSetAlwaysYieldsALabel() {
    TaskPlan plan = PipelineFixture.plan("[TEXT:s] sentiment? -> [TEXT:c,closed_set]");
    List<String> labels = List.of("positive", "negative", "very negative indeed");
    for (String s : List.of("great", "awful film", "meh")) {
      Prediction p = predictor.predict(plan, RawExample.of("c#" + s, "s", s), PredictOptions.defaults().withLabels(labels));
      assertThat(labels).contains((String) p.value());
    }
  }

  @Test
  void detectionYieldsWellFormedObjects() {
    TaskPlan plan = PipelineFixture.plan("[IMAGE:img] what are the objects in the image? -> ( [BOX] [TEXT])*");
    Prediction p = predictor.predict(plan, RawExample.of("d#1", "img", PipelineFixture.image(56, 56, 6)),
        new PredictOptions(24, List.of(), 2));
    @SuppressWarnings("unchecked")
    List<DetectedObject> objs = (List<DetectedObject>) p.value();
    assertThat(objs.size()).isLessThanOrEqualTo(2);
    for (DetectedObject o : objs) {
      assertThat(o.box().x1()).isBetween(0.0, 56.0);
    }
  }

  @Test
  void promptMatchesTheTrainingSequencePrefix() {
    TaskPlan plan = PipelineFixture.plan("[IMAGE:img] answer: -> answer: [TEXT:a]");
    RawExample full = RawExample.of("f#1", "img", PipelineFixture.image(56, 56, 7), "a", "yes");
    EncodedExample train = fx.builder.encode(plan, full);
    EncodedExample prompt = fx.builder.prompt(plan, RawExample.of("f#1", "img", PipelineFixture.image(56, 56, 7)));
    assertThat(prompt.length()).isEqualTo(train.promptLength());
    assertThat(java.util.Arrays.copyOf(train.ids(), prompt.length())).containsExactly(prompt.ids());
    assertThat(fx.tokenizer.decode(prompt.ids(), false)).endsWith("assistant\nanswer:");
  }

  @Test
  void evaluatorScoresPredictionsWithTheTaskMetric() {
    TaskPlan plan = PipelineFixture.plan("[TEXT:s] sentiment? -> [TEXT:c,closed_set]");
    List<RawExample> val = List.of(RawExample.of("v1", "s", "good", "c", "positive"),
        RawExample.of("v2", "s", "bad", "c", "negative"));
    io.ofa4j.modality.pipeline.predict.PredictionEvaluator.Metric accuracy = (preds, exs) -> {
      double hit = 0;
      for (int i = 0; i < preds.size(); i++) {
        hit += preds.get(i).equals(exs.get(i).slots().get("c")) ? 1 : 0;
      }
      return java.util.Map.of("accuracy", hit / preds.size());
    };
    var eval = new io.ofa4j.modality.pipeline.predict.PredictionEvaluator(predictor, java.util.Map.of("sst",
        new io.ofa4j.modality.pipeline.predict.PredictionEvaluator.Task(plan, val,
            PredictOptions.defaults().withLabels(List.of("positive", "negative")), accuracy,
            new io.ofa4j.runtime.multitask.PrimaryMetric("accuracy", true), null)));
    double acc = eval.evaluate("sst").get("accuracy");
    assertThat(acc).isIn(0.0, 0.5, 1.0);
    assertThat(eval.primaryMetric("sst").name()).isEqualTo("accuracy");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> eval.evaluate("nope")).hasMessageContaining("sst");
  }
}
