package io.ofa4j.modality.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.modality.pipeline.encode.MultimodalBatch;
import io.ofa4j.modality.pipeline.train.MultimodalTrainer;
import io.ofa4j.modality.pipeline.train.SpanEmbedder;
import io.ofa4j.runtime.train.LossAndGradients;
import io.ofa4j.runtime.train.TrainerConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Central finite differences in float64 through the motion adapter and the decoder: the spliced
 * span's gradient must match {@code (L(w + e) - L(w - e)) / 2e} for adapter and backbone weights.
 */
class AdapterFiniteDifferenceTest {
  @TempDir Path dir;

  @Test
  void motionAdapterAndBackboneGradientsMatchFiniteDifferences() {
    PipelineFixture fx = new PipelineFixture(dir, DataType.DOUBLE, 3);
    SplittableRandom r = new SplittableRandom(8);
    float[][] motion = new float[5][PipelineFixture.MOTION_FEATURES];
    for (float[] row : motion) {
      for (int c = 0; c < row.length; c++) {
        row[c] = (float) r.nextGaussian();
      }
    }
    MultimodalBatch batch = fx.collator.collate(List.of(
        fx.builder.encode(PipelineFixture.plan("[MOTION:m] describe -> [TEXT:t]"),
            RawExample.of("fd#1", "m", motion, "t", "a slow walk")),
        fx.builder.encode(PipelineFixture.plan("[MOTION:m] describe -> [TEXT:t]"),
            RawExample.of("fd#2", "m", new float[][] {motion[0], motion[1], motion[2]}, "t", "a jump"))));
    double normalizer = batch.tokens().lossTokenCount();
    MultimodalTrainer trainer = new MultimodalTrainer(fx.graph, fx.kits, TrainerConfig.constant(1e-3));
    LossAndGradients analytic = trainer.gradients(batch, normalizer);
    SpanEmbedder embedder = new SpanEmbedder(fx.kits, fx.store);
    String[] keys = {"adapters.motion.fc1.weight", "adapters.motion.fc2.bias",
        "model.layers.0.mlp.up_proj.weight", "model.embed_tokens.weight"};
    double eps = 1e-5;
    for (String key : keys) {
      INDArray w = fx.store.get(key);
      INDArray g = analytic.gradients().get(key);
      long[] index = largest(g);
      double orig = w.getDouble(index);
      w.putScalar(index, orig + eps);
      double plus = fx.graph.loss(batch.tokens().withInputsEmbeds(embedder.embed(batch)), normalizer);
      w.putScalar(index, orig - eps);
      double minus = fx.graph.loss(batch.tokens().withInputsEmbeds(embedder.embed(batch)), normalizer);
      w.putScalar(index, orig);
      double numeric = (plus - minus) / (2 * eps);
      double got = g.getDouble(index);
      assertThat(Math.abs(numeric)).as(key).isGreaterThan(1e-8);
      assertThat(Math.abs(got - numeric)).as(key + " analytic " + got + " numeric " + numeric)
          .isLessThan(1e-6 + 1e-5 * Math.abs(numeric));
    }
  }

  private static long[] largest(INDArray g) {
    INDArray abs = org.nd4j.linalg.ops.transforms.Transforms.abs(g.reshape(g.length()));
    long flat = abs.argMax(0).getLong(0);
    long[] shape = g.shape();
    long[] idx = new long[shape.length];
    for (int d = shape.length - 1; d >= 0; d--) {
      idx[d] = flat % shape[d];
      flat /= shape[d];
    }
    return idx;
  }
}
