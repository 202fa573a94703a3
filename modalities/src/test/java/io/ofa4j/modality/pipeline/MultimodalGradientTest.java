package io.ofa4j.modality.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.modality.audio.FeatureMatrix;
import io.ofa4j.modality.pipeline.encode.EncodedExample;
import io.ofa4j.modality.pipeline.encode.MultimodalBatch;
import io.ofa4j.modality.pipeline.kit.SpanAdapter;
import io.ofa4j.modality.struct.Table;
import io.ofa4j.runtime.train.LossAndGradients;
import io.ofa4j.runtime.train.ParameterGroups;
import io.ofa4j.runtime.train.TrainerConfig;
import io.ofa4j.modality.pipeline.train.MultimodalTrainer;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** One training step per input modality: the gradient reaches the slot's own weights. */
class MultimodalGradientTest {
  @TempDir static Path dir;
  static PipelineFixture fx;
  static MultimodalTrainer trainer;

  @BeforeAll
  static void setUp() {
    fx = new PipelineFixture(dir, DataType.FLOAT, 11);
    trainer = new MultimodalTrainer(fx.graph, fx.kits, TrainerConfig.constant(1e-3));
  }

  static Stream<Arguments> cases() {
    SplittableRandom r = new SplittableRandom(5);
    float[] mel = new float[20 * 80];
    for (int i = 0; i < mel.length; i++) {
      mel[i] = (float) r.nextGaussian();
    }
    float[][] motion = new float[6][PipelineFixture.MOTION_FEATURES];
    for (float[] row : motion) {
      for (int c = 0; c < row.length; c++) {
        row[c] = (float) r.nextGaussian();
      }
    }
    return Stream.of(
        Arguments.of("IMAGE", "[IMAGE:img] what does the image describe? -> [TEXT:cap]",
            RawExample.of("img#1", "img", PipelineFixture.image(56, 84, 1), "cap", "a cat"), "visual."),
        Arguments.of("VIDEO", "[VIDEO:v] what happens? -> [TEXT:cap]",
            RawExample.of("vid#1", "v", List.of(PipelineFixture.image(56, 56, 2), PipelineFixture.image(56, 56, 3)),
                "cap", "a ball rolls"), "visual."),
        Arguments.of("AUDIO", "[AUDIO:a] transcribe -> [TEXT:t]",
            RawExample.of("aud#1", "a", new FeatureMatrix(20, 80, mel), "t", "hello"), "adapters.audio."),
        Arguments.of("MOTION", "[MOTION:m] describe -> [TEXT:t]",
            RawExample.of("mot#1", "m", motion, "t", "a jump"), "adapters.motion."),
        Arguments.of("PHONE", "[PHONE:p] spell -> [TEXT:t]",
            RawExample.of("pho#1", "p", "hello world", "t", "hello world"), "adapters.phone."),
        Arguments.of("BOX", "[IMAGE:img] describe the region [BOX:r] -> [TEXT:cap]",
            RawExample.of("box#1", "img", PipelineFixture.image(56, 56, 4), "r", new double[] {5, 5, 30, 40},
                "cap", "a dog"), "<bin_"),
        Arguments.of("STRUCT", "[STRUCT:tab] summarize -> [TEXT:t]",
            RawExample.of("tab#1", "tab", Table.of(List.of("name", "age"), List.of(List.of("ann", "7"))),
                "t", "ann is seven"), "ann"),
        Arguments.of("TEXT", "[TEXT:s] translate -> [TEXT:t]",
            RawExample.of("txt#1", "s", "good morning", "t", "bonjour"), "morning"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void gradientReachesTheSlotsWeights(String modality, String instruction, RawExample ex, String owner) {
    EncodedExample e = fx.builder.encode(PipelineFixture.plan(instruction), ex);
    MultimodalBatch batch = fx.collator.collate(List.of(e));
    LossAndGradients r = trainer.gradients(batch, batch.tokens().lossTokenCount());
    assertThat(r.loss()).isFinite().isPositive();
    if (owner.endsWith(".")) {
      SpanAdapter adapter = fx.kits.adapters().stream()
          .filter(a -> a.weightKeys().get(0).startsWith(owner)).findFirst().orElseThrow();
      for (String key : adapter.weightKeys()) {
        INDArray g = r.gradients().get(key);
        assertThat(g).as(key).isNotNull();
        assertThat(g.shape()).as(key).containsExactly(fx.store.get(key).shape());
        assertThat(Double.isFinite(g.norm2Number().doubleValue())).as(key).isTrue();
      }
      // the first weight of the chain (input projection) gets a non-zero gradient
      assertThat(r.gradients().get(adapter.weightKeys().get(0)).norm2Number().doubleValue())
          .as(adapter.weightKeys().get(0)).isGreaterThan(0);
    } else {
      // token modality: the embedding rows of the slot's own tokens receive gradient
      int token = owner.equals("<bin_") ? fx.ctx.locations().id(
          new io.ofa4j.modality.box.BoxQuantizer(fx.ctx.locations()).bins(
              new io.ofa4j.modality.box.BoundingBox(5, 5, 30, 40),
              fx.builder.encode(PipelineFixture.plan(instruction), ex).state().image())[0])
          : fx.tokenizer.encode(" " + owner)[0];
      assertThat(e.ids()).contains(token);
      INDArray row = r.gradients().get("model.embed_tokens.weight")
          .get(NDArrayIndex.point(token), NDArrayIndex.all());
      assertThat(row.norm2Number().doubleValue()).isGreaterThan(0);
    }
    // no backbone key is left out
    assertThat(r.gradients().keySet()).containsAll(fx.store.keys());
  }

  @org.junit.jupiter.api.Test
  void stageOneFreezingTrainsOnlyAdapters() {
    TrainerConfig cfg = TrainerConfig.constant(1e-2)
        .withGroups(new ParameterGroups(List.of("visual\\..*|adapters\\..*"), List.of()));
    MultimodalTrainer stage1 = new MultimodalTrainer(fx.graph, fx.kits, cfg);
    assertThat(stage1.trainableKeys()).allMatch(k -> k.startsWith("visual.") || k.startsWith("adapters."));
    INDArray embedBefore = fx.store.get("model.embed_tokens.weight").dup();
    String visualKey = "visual.merger.mlp.2.weight";
    INDArray visualBefore = fx.store.get(visualKey).dup();
    EncodedExample e = fx.builder.encode(PipelineFixture.plan("[IMAGE:img] what is it? -> [TEXT:cap]"),
        RawExample.of("s1", "img", PipelineFixture.image(56, 56, 9), "cap", "a tree"));
    var result = stage1.step(List.of(fx.collator.collate(List.of(e))));
    assertThat(result.nonFinite()).isFalse();
    assertThat(fx.store.get("model.embed_tokens.weight")).isEqualTo(embedBefore);
    assertThat(fx.store.get(visualKey).sub(visualBefore).norm2Number().doubleValue()).isGreaterThan(0);
  }
}
