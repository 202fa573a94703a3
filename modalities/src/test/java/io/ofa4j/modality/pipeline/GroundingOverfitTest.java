package io.ofa4j.modality.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.modality.box.BoundingBox;
import io.ofa4j.modality.image.RgbImage;
import io.ofa4j.modality.pipeline.encode.EncodedExample;
import io.ofa4j.modality.pipeline.encode.MultimodalBatch;
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

/** Visual grounding end to end: a tiny model learns three phrase -> box pairs and decodes them back in pixels. */
class GroundingOverfitTest {
  @TempDir Path dir;

  @Test
  void predictsTheTrainedBoxesInOriginalPixels() {
    PipelineFixture fx = new PipelineFixture(dir, DataType.FLOAT, 8);
    TaskPlan plan = PipelineFixture.plan(
        "[IMAGE:img] which region does the text \" [TEXT:cap] \" describe? -> [BOX:region]");
    RgbImage image = PipelineFixture.image(80, 60, 12); // resized to 84x56 by smart resize
    List<String> phrases = List.of("the top left", "the bottom right", "the middle");
    List<double[]> boxes = List.of(new double[] {0, 0, 30, 20}, new double[] {50, 40, 80, 60},
        new double[] {20, 15, 60, 45});
    List<EncodedExample> enc = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      enc.add(fx.builder.encode(plan, RawExample.of("g#" + i, "img", image, "cap", phrases.get(i),
          "region", boxes.get(i))));
    }
    MultimodalBatch batch = fx.collator.collate(enc);
    MultimodalTrainer trainer = new MultimodalTrainer(fx.graph, fx.kits,
        TrainerConfig.constant(3e-2).withAdamW(new AdamWConfig(0.9, 0.999, 1e-8, 0.0)));
    for (int step = 0; step < 25; step++) {
      trainer.step(List.of(batch));
    }
    Predictor predictor = new Predictor(new Qwen2Model(fx.config, fx.store, 1), fx.kits, fx.builder);
    for (int i = 0; i < 3; i++) {
      BoundingBox got = (BoundingBox) predictor.predict(plan,
          RawExample.of("p#" + i, "img", image, "cap", phrases.get(i)), PredictOptions.defaults()).value();
      double[] want = boxes.get(i);
      // one bin is 84/999 resized pixels, about 0.08 original pixels
      assertThat(new double[] {got.x0(), got.y0(), got.x1(), got.y1()}).as(phrases.get(i))
          .containsExactly(want, org.assertj.core.data.Offset.offset(0.2));
    }
  }
}
