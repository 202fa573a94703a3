package io.ofa4j.modality.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.modality.audio.FeatureMatrix;
import io.ofa4j.modality.pipeline.encode.AdapterSpan;
import io.ofa4j.modality.pipeline.encode.EncodedExample;
import io.ofa4j.modality.pipeline.encode.MultimodalBatch;
import io.ofa4j.modality.pipeline.kit.SpanAdapter;
import io.ofa4j.modality.pipeline.train.SpanEmbedder;
import io.ofa4j.runtime.train.TokenEmbedding;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * {@link SpanEmbedder} embeds a micro-batch with one batched call per adapter; each span's rows
 * and every weight gradient must equal the per-span chain rule (float64): images of two sizes
 * and a video share the vision tower, two audio clips share the audio adapter.
 */
class SpanEmbedderBatchTest {
  private static final double TOL = 1e-11;
  @TempDir static Path dir;
  static PipelineFixture fx;
  static MultimodalBatch batch;

  @BeforeAll
  static void setUp() {
    fx = new PipelineFixture(dir, DataType.DOUBLE, 13);
    String image = "[IMAGE:img] what does the image describe? -> [TEXT:cap]";
    String audio = "[AUDIO:a] transcribe -> [TEXT:t]";
    List<EncodedExample> examples = List.of(
        encode(image, RawExample.of("i1", "img", PipelineFixture.image(56, 84, 1), "cap", "a cat")),
        encode(audio, RawExample.of("a1", "a", mel(20, 2), "t", "hello")),
        encode(image, RawExample.of("i2", "img", PipelineFixture.image(56, 56, 3), "cap", "a dog")),
        encode("[VIDEO:v] what happens? -> [TEXT:cap]", RawExample.of("v1", "v",
            List.of(PipelineFixture.image(56, 56, 4), PipelineFixture.image(56, 56, 5)), "cap", "a ball rolls")),
        encode(audio, RawExample.of("a2", "a", mel(20, 6), "t", "yes")));
    batch = fx.collator.collate(examples);
  }

  @Test
  void batchedEmbeddingsAndGradientsEqualThePerSpanPath() {
    SpanEmbedder embedder = new SpanEmbedder(fx.kits, fx.store);
    INDArray x = embedder.embed(batch); // [B, T, H]
    INDArray up = Nd4j.getRandomFactory().getNewRandomInstance(9).nextGaussian(x.shape()).castTo(DataType.DOUBLE);
    INDArray tokenRows = up.dup();
    Map<String, INDArray> want = new HashMap<>();
    int spans = 0;
    for (int r = 0; r < batch.spans().size(); r++) {
      for (AdapterSpan s : batch.spans().get(r)) {
        SpanAdapter a = fx.kits.adapter(s.features().adapter());
        assertClose("row " + r + " span at " + s.offset(), rows(x, r, s), a.forward(s.features(), fx.store));
        a.backward(s.features(), rows(up, r, s).dup(), fx.store, a.weightKeys())
            .forEach((k, v) -> want.merge(k, v.dup(), INDArray::addi));
        rows(tokenRows, r, s).assign(0);
        spans++;
      }
    }
    assertThat(spans).isEqualTo(5);
    want.put(SpanEmbedder.EMBED, fx.store.get(SpanEmbedder.EMBED).like().assign(0));
    TokenEmbedding.scatterAdd(want.get(SpanEmbedder.EMBED), batch.tokens().inputIds(), tokenRows);

    Map<String, INDArray> got = new HashMap<>();
    embedder.backward(batch, up, fx.store.keys(), got);
    assertThat(got.keySet()).containsExactlyInAnyOrderElementsOf(want.keySet());
    for (String k : want.keySet()) {
      assertClose(k, got.get(k), want.get(k));
    }
  }

  private static INDArray rows(INDArray x, int r, AdapterSpan s) {
    return x.get(NDArrayIndex.point(r), NDArrayIndex.interval(s.offset(), s.offset() + s.length()), NDArrayIndex.all());
  }

  private static void assertClose(String what, INDArray got, INDArray want) {
    assertThat(got.shape()).as(what).containsExactly(want.shape());
    double scale = Math.max(1.0, want.amaxNumber().doubleValue());
    assertThat(got.sub(want).amaxNumber().doubleValue()).as(what).isLessThan(TOL * scale);
  }

  private static EncodedExample encode(String instruction, RawExample ex) {
    return fx.builder.encode(PipelineFixture.plan(instruction), ex);
  }

  private static FeatureMatrix mel(int frames, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] v = new float[frames * 80];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return new FeatureMatrix(frames, 80, v);
  }
}
