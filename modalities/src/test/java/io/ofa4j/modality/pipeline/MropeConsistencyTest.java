package io.ofa4j.modality.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.modality.pipeline.encode.EncodedExample;
import io.ofa4j.modality.pipeline.encode.MultimodalBatch;
import io.ofa4j.modality.pipeline.train.MultimodalTrainer;
import io.ofa4j.modality.pipeline.train.SpanEmbedder;
import io.ofa4j.runtime.model.Qwen2Model;
import io.ofa4j.runtime.model.Qwen2Session;
import io.ofa4j.runtime.train.DecoderEngines;
import io.ofa4j.runtime.train.EngineChoice;
import io.ofa4j.runtime.train.TrainerConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The training graph (M-RoPE cos/sin tables), the fused step and the eager session (per-axis
 * rotation, then generation after the largest position) give the same teacher-forced loss on an
 * image caption.
 */
class MropeConsistencyTest {
  @TempDir Path dir;

  @Test
  void graphAndEagerAgreeUnderMrope() {
    PipelineFixture fx = new PipelineFixture(dir, DataType.FLOAT, 17);
    EncodedExample e = fx.builder.encode(PipelineFixture.plan("[IMAGE:img] what is shown? -> [TEXT:cap]"),
        RawExample.of("m#1", "img", PipelineFixture.image(84, 56, 3), "cap", "three small boxes"));
    assertThat(e.mrope()).isNotNull();
    assertThat(e.mrope()[1]).isNotEqualTo(e.mrope()[2]); // height and width differ inside the span
    MultimodalBatch batch = fx.collator.collate(List.of(e));
    double n = batch.tokens().lossTokenCount();
    MultimodalTrainer trainer = new MultimodalTrainer(fx.graph, fx.kits, TrainerConfig.constant(1e-3));
    double graphLoss = trainer.loss(batch, n);

    // eager: prefill the prompt with M-RoPE, then feed the target tokens one by one
    INDArray embeds = new SpanEmbedder(fx.kits, fx.store).embed(batch); // [1, T, H]
    int p = e.promptLength();
    float[][] prompt = new float[p][];
    int[][] pos3 = new int[p][3];
    for (int t = 0; t < p; t++) {
      prompt[t] = embeds.get(NDArrayIndex.point(0), NDArrayIndex.point(t), NDArrayIndex.all()).toFloatVector();
      for (int a = 0; a < 3; a++) {
        pos3[t][a] = (int) e.mrope()[a][t];
      }
    }
    double sum = 0;
    try (Qwen2Model model = new Qwen2Model(fx.config, fx.store, 1);
        Qwen2Session s = model.startSession(1, e.length() + 1)) {
      float[] logits = s.appendMrope(new int[][] {new int[p]}, new float[][][] {prompt}, new int[][][] {pos3})[0];
      for (int t = p - 1; t < e.length() - 1; t++) {
        if (e.lossMask()[t] > 0) {
          sum += crossEntropy(logits, e.labels()[t]);
        }
        logits = s.append(new int[][] {{e.ids()[t + 1]}})[0];
      }
    }
    double eagerLoss = sum / n;
    assertThat(Math.abs(graphLoss - eagerLoss)).as("graph " + graphLoss + " eager " + eagerLoss).isLessThan(1e-4);
    // the fused step reads mrope_section the same way
    double fusedLoss = new MultimodalTrainer(DecoderEngines.create(fx.config, fx.store, 0, EngineChoice.FUSED),
        fx.kits, TrainerConfig.constant(1e-3)).loss(batch, n);
    assertThat(Math.abs(fusedLoss - eagerLoss)).as("fused " + fusedLoss + " eager " + eagerLoss).isLessThan(1e-4);
    // and the 3-axis positions matter: 1-D positions give a different loss
    double oneD = fx.graph.loss(batch.tokens().withInputsEmbeds(embeds), n);
    assertThat(Math.abs(oneD - graphLoss)).isGreaterThan(1e-6);
  }

  private static double crossEntropy(float[] logits, int label) {
    double max = Double.NEGATIVE_INFINITY;
    for (float l : logits) {
      max = Math.max(max, l);
    }
    double z = 0;
    for (float l : logits) {
      z += Math.exp(l - max);
    }
    return -(logits[label] - max - Math.log(z));
  }
}
