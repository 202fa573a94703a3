package io.ofa4j.modality.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.modality.image.RgbImage;
import io.ofa4j.modality.pipeline.encode.EncodedExample;
import io.ofa4j.modality.pipeline.encode.MultimodalBatch;
import io.ofa4j.modality.pipeline.predict.PredictOptions;
import io.ofa4j.modality.pipeline.predict.Predictor;
import io.ofa4j.modality.pipeline.train.MultimodalTrainer;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.runtime.model.Qwen2Model;
import io.ofa4j.runtime.train.AdamWConfig;
import io.ofa4j.runtime.train.StepResult;
import io.ofa4j.runtime.train.TrainerConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A tiny image-caption model learns four captions of four solid-colour images (20 AdamW steps) and says them back. */
class CaptionOverfitTest {
  private static final Logger LOG = LoggerFactory.getLogger(CaptionOverfitTest.class);

  @TempDir Path dir;

  @Test
  void lossFallsAndTheModelPredictsItsTrainingCaptions() {
    PipelineFixture fx = new PipelineFixture(dir, DataType.FLOAT, 5);
    TaskPlan plan = PipelineFixture.plan("[IMAGE:img] what does the image describe? -> [TEXT:cap]");
    List<RgbImage> images = List.of(PipelineFixture.solid(56, 56, 255, 0, 0),
        PipelineFixture.solid(56, 56, 0, 255, 0), PipelineFixture.solid(56, 56, 0, 0, 255),
        PipelineFixture.solid(56, 56, 255, 255, 255));
    List<String> captions = List.of("red", "green", "blue", "white");
    List<EncodedExample> encoded = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      encoded.add(fx.builder.encode(plan, RawExample.of("cap#" + i, "img", images.get(i), "cap", captions.get(i))));
    }
    MultimodalBatch batch = fx.collator.collate(encoded);
    TrainerConfig cfg = TrainerConfig.constant(3e-2).withAdamW(new AdamWConfig(0.9, 0.999, 1e-8, 0.0));
    MultimodalTrainer trainer = new MultimodalTrainer(fx.graph, fx.kits, cfg);
    double first = 0;
    double last = 0;
    for (int step = 0; step < 20; step++) {
      StepResult r = trainer.step(List.of(batch));
      if (step == 0) {
        first = r.loss();
      }
      last = r.loss();
    }
    LOG.info("caption overfit: loss {} -> {} in 20 steps", first, last);
    assertThat(last).isLessThan(first * 0.2);
    Predictor predictor = new Predictor(new Qwen2Model(fx.config, fx.store, 1), fx.kits, fx.builder);
    for (int i = 0; i < 4; i++) {
      Object said = predictor.predict(plan, RawExample.of("p#" + i, "img", images.get(i)),
          PredictOptions.defaults()).value();
      assertThat(said).as("caption of image " + i).isEqualTo(captions.get(i));
    }
  }
}
