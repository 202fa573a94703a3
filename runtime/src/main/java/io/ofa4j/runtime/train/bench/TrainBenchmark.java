package io.ofa4j.runtime.train.bench;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.train.AdamWConfig;
import io.ofa4j.runtime.train.ParameterGroups;
import io.ofa4j.runtime.train.ParameterInitializer;
import io.ofa4j.runtime.train.Qwen2TrainingGraph;
import io.ofa4j.runtime.train.StepResult;
import io.ofa4j.runtime.train.TrainBatch;
import io.ofa4j.runtime.train.Trainer;
import io.ofa4j.runtime.train.TrainerConfig;
import io.ofa4j.runtime.train.WarmupCosineSchedule;
import io.ofa4j.runtime.weights.ParameterStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Times the ofa4j trainer (SameDiff graph + AdamW) on random token batches: tokens/s over the
 * timed steps, and RSS after step 20 and after the last step, to show that memory stays flat.
 */
public final class TrainBenchmark {
  private static final int BATCHES = 4;

  private TrainBenchmark() {}

  /**
   * Runs the ofa4j trainer.
   *
   * @param spec the shape and run length
   * @param progress called with each completed step number (for a progress line)
   */
  public static TrainBenchResult runOfa4j(TrainBenchSpec spec, IntConsumer progress) {
    requireNonNull(spec, "spec is null");
    if (spec.threads() > 0) {
      Nd4j.getEnvironment().setMaxThreads(spec.threads());
      Nd4j.factory().blas().setMaxThreads(spec.threads());
    }
    Qwen2Config config = spec.modelConfig();
    ParameterStore store = ParameterInitializer.initialize(config, DataType.FLOAT, 0.02, 1);
    Qwen2TrainingGraph graph = new Qwen2TrainingGraph(config, store, 0);
    int total = spec.warmupSteps() + spec.steps();
    TrainerConfig trainerConfig = new TrainerConfig(AdamWConfig.defaults(),
        new WarmupCosineSchedule(1e-3, Math.min(20, total), total, 0.1), 1.0, ParameterGroups.all(),
        spec.gcEvery());
    Trainer trainer = new Trainer(graph, trainerConfig);
    List<TrainBatch> batches = randomBatches(spec);
    for (int i = 0; i < spec.warmupSteps(); i++) {
      trainer.step(batches.get(i % BATCHES));
    }
    double rss20 = Double.NaN;
    double firstLoss = Double.NaN;
    double lastLoss = Double.NaN;
    long start = System.nanoTime();
    long cpuStart = ProcessMemory.cpuNanos();
    for (int i = 1; i <= spec.steps(); i++) {
      StepResult r = trainer.step(batches.get(i % BATCHES));
      if (i == 1) {
        firstLoss = r.loss();
      }
      lastLoss = r.loss();
      if (i == 20) {
        rss20 = ProcessMemory.residentMb();
      }
      progress.accept(i);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (ProcessMemory.cpuNanos() - cpuStart) / 1e9;
    double rssLast = ProcessMemory.residentMb();
    long tokens = (long) spec.steps() * spec.batch() * spec.seq();
    return new TrainBenchResult("ofa4j SameDiff + AdamW (fp32)", tokens / seconds, seconds / spec.steps(),
        cpuSeconds / spec.steps(), rss20, rssLast, spec.steps(), firstLoss, lastLoss,
        "threads " + Nd4j.getEnvironment().maxThreads() + ", gc every " + spec.gcEvery() + " steps");
  }

  /** Fixed random batches (full-length sequences, every next token carries loss). */
  static List<TrainBatch> randomBatches(TrainBenchSpec spec) {
    Random rng = new Random(3);
    List<TrainBatch> batches = new ArrayList<>();
    for (int b = 0; b < BATCHES; b++) {
      List<int[]> seqs = new ArrayList<>();
      for (int s = 0; s < spec.batch(); s++) {
        int[] ids = new int[spec.seq() + 1];
        for (int t = 0; t < ids.length; t++) {
          ids[t] = rng.nextInt(spec.vocab());
        }
        seqs.add(ids);
      }
      TrainBatch full = TrainBatch.causalLm(seqs, 0); // T = seq + 1, last position has no label
      batches.add(trimLast(full));
    }
    return batches;
  }

  /** Drops the last position so that exactly {@code seq} positions train, all with labels. */
  private static TrainBatch trimLast(TrainBatch full) {
    int b = full.batchSize();
    int t = full.seqLen() - 1;
    int[][] ids = new int[b][];
    int[][] labels = new int[b][];
    float[][] mask = new float[b][];
    for (int r = 0; r < b; r++) {
      ids[r] = Arrays.copyOf(full.inputIds()[r], t);
      labels[r] = Arrays.copyOf(full.labels()[r], t);
      mask[r] = Arrays.copyOf(full.lossMask()[r], t);
    }
    return TrainBatch.of(ids, labels, mask);
  }
}
