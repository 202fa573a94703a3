package io.ofa4j.modality.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.modality.image.RgbImage;
import io.ofa4j.modality.pipeline.encode.EncodedExample;
import io.ofa4j.modality.pipeline.encode.MultimodalBatch;
import io.ofa4j.modality.pipeline.predict.DetectedObject;
import io.ofa4j.modality.pipeline.predict.PredictOptions;
import io.ofa4j.modality.pipeline.predict.Predictor;
import io.ofa4j.modality.pipeline.train.MultimodalTrainer;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.runtime.model.Qwen2Model;
import io.ofa4j.runtime.train.AdamWConfig;
import io.ofa4j.runtime.train.TrainerConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

/** Detection end to end: repeated box + label items learned from two images and decoded back. */
class DetectionOverfitTest {
  @TempDir Path dir;

  /** One object of a scene (a record, like the tasks module's LabeledBox). */
  public record Obj(String label, double[] box) {}

  @Test
  void predictsTheTrainedObjects() {
    PipelineFixture fx = new PipelineFixture(dir, DataType.FLOAT, 9);
    TaskPlan plan = PipelineFixture.plan("[IMAGE:img] what are the objects in the image? -> ( [BOX] [TEXT])*");
    List<RgbImage> images = List.of(PipelineFixture.solid(56, 56, 255, 0, 0), PipelineFixture.solid(56, 56, 0, 0, 255));
    List<List<Obj>> scenes = List.of(
        List.of(new Obj("a cat", new double[] {0, 0, 20, 20}), new Obj("a dog", new double[] {30, 30, 56, 50})),
        List.of(new Obj("a bird", new double[] {10, 5, 40, 25})));
    List<EncodedExample> enc = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      enc.add(fx.builder.encode(plan, RawExample.of("d#" + i, "img", images.get(i), "objects", scenes.get(i))));
    }
    MultimodalBatch batch = fx.collator.collate(enc);
    MultimodalTrainer trainer = new MultimodalTrainer(fx.graph, fx.kits,
        TrainerConfig.constant(3e-2).withAdamW(new AdamWConfig(0.9, 0.999, 1e-8, 0.0)));
    for (int step = 0; step < 25; step++) {
      trainer.step(List.of(batch));
    }
    Predictor predictor = new Predictor(new Qwen2Model(fx.config, fx.store, 1), fx.kits, fx.builder);
    for (int i = 0; i < 2; i++) {
      @SuppressWarnings("unchecked")
      List<DetectedObject> got = (List<DetectedObject>) predictor.predict(plan,
          RawExample.of("p#" + i, "img", images.get(i)), new PredictOptions(40, List.of(), 4)).value();
      List<Obj> want = scenes.get(i);
      assertThat(got).as("scene " + i).hasSize(want.size());
      for (int k = 0; k < want.size(); k++) {
        assertThat(got.get(k).label()).isEqualTo(want.get(k).label());
        assertThat(got.get(k).box().x1()).isCloseTo(want.get(k).box()[2], org.assertj.core.data.Offset.offset(0.2));
      }
    }
  }
}
