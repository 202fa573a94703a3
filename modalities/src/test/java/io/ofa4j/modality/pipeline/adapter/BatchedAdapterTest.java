package io.ofa4j.modality.pipeline.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.modality.pipeline.kit.BuiltInKits;
import io.ofa4j.modality.pipeline.kit.KitRegistry;
import io.ofa4j.modality.pipeline.kit.KitSettings;
import io.ofa4j.modality.pipeline.kit.SpanAdapter;
import io.ofa4j.modality.pipeline.kit.SpanFeatures;
import io.ofa4j.runtime.weights.ParameterStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The batched adapter path (one graph run per micro-batch) gives each span exactly what the
 * per-span path gives: embeddings and summed weight gradients, in float64.
 */
class BatchedAdapterTest {
  private static final int H = 16;
  private static final int MOTION = 12;
  // float64; only the summation order differs between the paths
  private static final double TOL = 1e-11;

  private final KitSettings settings = settingsWithPositionCode();
  private final KitRegistry kits = BuiltInKits.registry(settings);
  private final ParameterStore store = store();

  private static KitSettings settingsWithPositionCode() {
    KitSettings tiny = KitSettings.tiny(H, MOTION).withDataType(DataType.DOUBLE);
    return new KitSettings(tiny.hiddenSize(), tiny.vision(), tiny.audio(), tiny.motionFeatures(),
        tiny.motionIntermediate(), tiny.numBins(), true);
  }

  private ParameterStore store() {
    ParameterStore s = new ParameterStore();
    s.put("model.embed_tokens.weight", Nd4j.zeros(DataType.DOUBLE, 10, H));
    kits.initializeAdapters(s, 7);
    // a non-zero position scale so the per-grid position code matters
    s.get(VisionAdapter.POSITION_SCALE).assign(0.7);
    return s;
  }

  @Test
  void imagesOfDifferentSizesAndAVideoShareOneTowerRun() {
    int patch = settings.vision().patchDim();
    List<SpanFeatures> spans = new ArrayList<>();
    long seed = 1;
    for (int[] g : new int[][] {{1, 4, 6}, {1, 2, 2}, {2, 4, 4}, {1, 6, 4}, {1, 4, 6}}) {
      int n = g[0] * g[1] * g[2];
      spans.add(new SpanFeatures(VisionAdapter.NAME, random(seed++, n, patch), n / 4, g));
    }
    assertBatchedEqualsPerSpan(kits.adapter(VisionAdapter.NAME), spans);
  }

  @Test
  void audioClipsOfEqualLengthStackOthersRunAlone() {
    var audio = settings.audio();
    List<SpanFeatures> spans = new ArrayList<>();
    long seed = 20;
    for (int frames : new int[] {20, 13, 20, 20, 7}) {
      spans.add(new SpanFeatures(AudioSpanAdapter.NAME, random(seed++, frames, audio.numMelBins()),
          (int) audio.outputFrames(frames), null));
    }
    assertBatchedEqualsPerSpan(kits.adapter(AudioSpanAdapter.NAME), spans);
  }

  @Test
  void motionAndPhoneSpansConcatenateRows() {
    List<SpanFeatures> motion = new ArrayList<>();
    for (int frames : new int[] {6, 9, 1}) {
      motion.add(new SpanFeatures(MotionSpanAdapter.NAME, random(40 + frames, frames, MOTION), frames, null));
    }
    assertBatchedEqualsPerSpan(kits.adapter(MotionSpanAdapter.NAME), motion);

    PhoneEmbeddingAdapter phone = (PhoneEmbeddingAdapter) kits.adapter(PhoneEmbeddingAdapter.NAME);
    List<SpanFeatures> phones = new ArrayList<>();
    for (int len : new int[] {5, 3}) {
      INDArray oneHot = Nd4j.zeros(DataType.DOUBLE, len, phone.phones());
      for (int i = 0; i < len; i++) {
        oneHot.putScalar(i, (i * 7 + len) % phone.phones(), 1.0);
      }
      phones.add(new SpanFeatures(PhoneEmbeddingAdapter.NAME, oneHot, len, null));
    }
    assertBatchedEqualsPerSpan(phone, phones);
  }

  @Test
  void aFrozenAdapterReturnsNoGradients() {
    SpanAdapter motion = kits.adapter(MotionSpanAdapter.NAME);
    List<SpanFeatures> spans = List.of(
        new SpanFeatures(MotionSpanAdapter.NAME, random(1, 4, MOTION), 4, null),
        new SpanFeatures(MotionSpanAdapter.NAME, random(2, 3, MOTION), 3, null));
    assertThat(motion.backwardBatch(spans, List.of(random(3, 4, H), random(4, 3, H)), store,
        List.of("model.embed_tokens.weight"))).isEmpty();
  }

  private void assertBatchedEqualsPerSpan(SpanAdapter adapter, List<SpanFeatures> spans) {
    List<INDArray> batched = adapter.forwardBatch(spans, store);
    List<INDArray> ups = new ArrayList<>();
    assertThat(batched).hasSize(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      INDArray alone = adapter.forward(spans.get(i), store);
      assertThat(batched.get(i).shape()).as("span %d shape", i).containsExactly(alone.shape());
      assertClose("span " + i + " embeddings", batched.get(i), alone);
      ups.add(random(100 + i, spans.get(i).tokens(), H));
    }
    Map<String, INDArray> perSpan = new HashMap<>();
    for (int i = 0; i < spans.size(); i++) {
      adapter.backward(spans.get(i), ups.get(i), store, adapter.weightKeys())
          .forEach((k, v) -> perSpan.merge(k, v.dup(), INDArray::addi));
    }
    Map<String, INDArray> together = adapter.backwardBatch(spans, ups, store, adapter.weightKeys());
    assertThat(together.keySet()).containsExactlyInAnyOrderElementsOf(adapter.weightKeys());
    for (String k : adapter.weightKeys()) {
      assertThat(perSpan.get(k).norm2Number().doubleValue()).as(k).isGreaterThan(0);
      assertClose(k + " gradient", together.get(k), perSpan.get(k));
    }
  }

  private static void assertClose(String what, INDArray got, INDArray want) {
    double scale = Math.max(1.0, want.amaxNumber().doubleValue());
    double diff = got.sub(want).amaxNumber().doubleValue();
    assertThat(diff).as("%s: max |batched - per-span| (scale %s)", what, scale).isLessThan(TOL * scale);
  }

  private static INDArray random(long seed, long rows, long cols) {
    return Nd4j.getRandomFactory().getNewRandomInstance(seed).nextGaussian(new long[] {rows, cols})
        .castTo(DataType.DOUBLE);
  }
}
