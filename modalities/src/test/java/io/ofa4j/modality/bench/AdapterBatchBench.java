package io.ofa4j.modality.bench;

import io.ofa4j.modality.audio.AudioAdapterConfig;
import io.ofa4j.modality.pipeline.adapter.AudioSpanAdapter;
import io.ofa4j.modality.pipeline.adapter.VisionAdapter;
import io.ofa4j.modality.pipeline.kit.SpanAdapter;
import io.ofa4j.modality.pipeline.kit.SpanFeatures;
import io.ofa4j.modality.vision.VisionTowerConfig;
import io.ofa4j.runtime.weights.ParameterStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Adapter forward + backward of one quickstart-sized micro-batch: one graph run per span
 * ({@link SpanAdapter#forward}/{@link SpanAdapter#backward} in a loop) against one per batch
 * ({@link SpanAdapter#forwardBatch}/{@link SpanAdapter#backwardBatch}), alternated in one process
 * so machine load hits both alike. Prints a table of median milliseconds per micro-batch.
 *
 * <p>Run: {@code mvn -q -o -pl modalities -am test-compile dependency:build-classpath
 * -Dmdep.outputFile=/tmp/cp.txt} then {@code java --add-modules jdk.incubator.vector -cp
 * modalities/target/test-classes:modalities/target/classes:$(cat /tmp/cp.txt)
 * io.ofa4j.modality.bench.AdapterBatchBench [rounds=15]}.
 */
public final class AdapterBatchBench {
  private static final int HIDDEN = 128; // presets/base.yaml hidden_size

  private AdapterBatchBench() {}

  /** Entry point: {@code [rounds=15]}. */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    ParameterStore store = new ParameterStore();
    store.put("model.embed_tokens.weight", Nd4j.zeros(DataType.FLOAT, 10, HIDDEN));
    // RunModel.kitSettings for the base preset: depth 2, embed 32, 4 heads, position code on
    VisionAdapter vision = new VisionAdapter(new VisionTowerConfig(2, 32, 4, 2, HIDDEN, 3, 14, 2, 2, 1e-6,
        DataType.FLOAT), true);
    AudioSpanAdapter audio = new AudioSpanAdapter(new AudioAdapterConfig(80, 32, HIDDEN, 3));
    vision.initialize(store, 1);
    audio.initialize(store, 2);
    System.out.printf("%-40s %6s %14s %13s %8s%n", "case", "spans", "per-span ms", "batched ms", "speedup");
    run("8 images 112x112 (grid 1x8x8)", vision, images(8, 8, 8), store, rounds);
    run("8 images 112x112 + 168x112", vision, mixed(), store, rounds);
    // quickstart's synthetic speech: about 0.9 s, i.e. 90 log-mel frames, no two of equal length
    run("8 audio clips, 90 frames each", audio, clips(audio, new int[] {90, 90, 90, 90, 90, 90, 90, 90}),
        store, rounds);
    run("8 audio clips, 8 lengths (per-span)", audio, clips(audio, new int[] {80, 85, 90, 95, 100, 105, 110, 115}),
        store, rounds);
  }

  private static void run(String name, SpanAdapter a, List<SpanFeatures> spans, ParameterStore store, int rounds) {
    List<INDArray> ups = new ArrayList<>();
    for (SpanFeatures f : spans) {
      ups.add(Nd4j.rand(DataType.FLOAT, f.tokens(), HIDDEN));
    }
    double[] single = new double[rounds];
    double[] batched = new double[rounds];
    for (int r = -2; r < rounds; r++) { // two warm-up rounds build and cache the graphs
      long t0 = System.nanoTime();
      for (int i = 0; i < spans.size(); i++) {
        a.forward(spans.get(i), store);
        a.backward(spans.get(i), ups.get(i), store, a.weightKeys());
      }
      long t1 = System.nanoTime();
      a.forwardBatch(spans, store);
      a.backwardBatch(spans, ups, store, a.weightKeys());
      long t2 = System.nanoTime();
      if (r >= 0) {
        single[r] = (t1 - t0) / 1e6;
        batched[r] = (t2 - t1) / 1e6;
      }
    }
    double s = median(single);
    double b = median(batched);
    System.out.printf("%-40s %6d %14.1f %13.1f %7.2fx%n", name, spans.size(), s, b, s / b);
  }

  private static double median(double[] v) {
    double[] c = v.clone();
    Arrays.sort(c);
    return c[c.length / 2];
  }

  private static List<SpanFeatures> images(int count, int h, int w) {
    List<SpanFeatures> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(image(h, w));
    }
    return out;
  }

  private static List<SpanFeatures> mixed() {
    List<SpanFeatures> out = new ArrayList<>(images(4, 8, 8));
    out.addAll(images(4, 8, 12));
    return out;
  }

  private static SpanFeatures image(int h, int w) {
    return new SpanFeatures(VisionAdapter.NAME, Nd4j.rand(DataType.FLOAT, h * w, 3 * 2 * 14 * 14), h * w / 4,
        new int[] {1, h, w});
  }

  private static List<SpanFeatures> clips(AudioSpanAdapter audio, int[] frames) {
    List<SpanFeatures> out = new ArrayList<>();
    for (int t : frames) {
      out.add(new SpanFeatures(AudioSpanAdapter.NAME, Nd4j.rand(DataType.FLOAT, t, 80),
          (int) audio.config().outputFrames(t), null));
    }
    return out;
  }
}
