package io.ofa4j.modality.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.modality.pipeline.encode.MultimodalBatch;
import io.ofa4j.modality.pipeline.train.ExampleTaskStream;
import io.ofa4j.modality.pipeline.train.MultimodalStepFunction;
import io.ofa4j.modality.pipeline.train.MultimodalTrainer;
import io.ofa4j.runtime.multitask.StepOutcome;
import io.ofa4j.runtime.multitask.StreamPosition;
import io.ofa4j.runtime.multitask.TaggedBatch;
import io.ofa4j.runtime.train.TrainerConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

/** The multi-task loop's stream and step interfaces over multimodal examples. */
class LoopIntegrationTest {
  @TempDir Path dir;

  @Test
  void streamSkipsMalformedExamplesAndResumesExactly() {
    PipelineFixture fx = new PipelineFixture(dir, DataType.FLOAT, 2);
    List<RawExample> examples = List.of(
        RawExample.of("a", "img", PipelineFixture.image(56, 56, 1), "cap", "one"),
        RawExample.of("bad", "cap", "no image"),
        RawExample.of("c", "img", PipelineFixture.image(56, 56, 3), "cap", "three"),
        RawExample.of("d", "img", PipelineFixture.image(56, 56, 4), "cap", "four"));
    ExampleTaskStream stream = new ExampleTaskStream("caption", PipelineFixture.plan("[IMAGE:img] caption -> [TEXT:cap]"),
        examples, fx.kits, fx.ctx, fx.collator, 99);
    MultimodalBatch first = stream.next(2);
    StreamPosition mark = stream.position();
    MultimodalBatch second = stream.next(3); // crosses into epoch 1
    assertThat(first.tokens().batchSize()).isEqualTo(2);
    assertThat(second.tokens().batchSize()).isEqualTo(3);
    assertThat(stream.skipped()).isBetween(1L, 2L); // the bad example is met once per epoch drawn through
    assertThat(stream.position().epoch()).isEqualTo(1);
    stream.restore(mark);
    MultimodalBatch again = stream.next(3);
    assertThat(again.tokens().inputIds()).isDeepEqualTo(second.tokens().inputIds());
  }

  @Test
  void stepFunctionReportsTaskLossesAndWeights() {
    PipelineFixture fx = new PipelineFixture(dir, DataType.FLOAT, 4);
    MultimodalBatch caption = fx.collator.collate(List.of(fx.builder.encode(
        PipelineFixture.plan("[IMAGE:img] caption -> [TEXT:cap]"),
        RawExample.of("a", "img", PipelineFixture.image(56, 56, 1), "cap", "a small dog"))));
    MultimodalBatch text = fx.collator.collate(List.of(fx.builder.encode(
        PipelineFixture.plan("[TEXT:s] translate -> [TEXT:t]"), RawExample.of("b", "s", "hello", "t", "bonjour"))));
    MultimodalTrainer trainer = new MultimodalTrainer(fx.graph, fx.kits, TrainerConfig.constant(1e-3));
    double captionLoss = trainer.loss(caption, caption.tokens().lossTokenCount());
    double textLoss = trainer.loss(text, text.tokens().lossTokenCount());
    StepOutcome o = new MultimodalStepFunction(trainer).step(List.of(
        new TaggedBatch<>("caption", caption, 2.0), new TaggedBatch<>("mt", text, 0.5)));
    assertThat(o.nonFinite()).isFalse();
    assertThat(o.taskLoss().get("caption")).isCloseTo(captionLoss, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(o.taskLoss().get("mt")).isCloseTo(textLoss, org.assertj.core.data.Offset.offset(1e-4));
    long nc = caption.tokens().lossTokenCount();
    long nt = text.tokens().lossTokenCount();
    double expected = (2.0 * captionLoss * nc + 0.5 * textLoss * nt) / (nc + nt);
    assertThat(o.loss()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(o.taskTokens()).containsEntry("caption", nc).containsEntry("mt", nt);
  }
}
