package io.ofa4j.runtime.multitask;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.multitask.checkpoint.ModelState;
import io.ofa4j.runtime.multitask.text.TextEvaluator;
import io.ofa4j.runtime.multitask.text.TextStepFunction;
import io.ofa4j.runtime.multitask.text.TextTaskStream;
import io.ofa4j.runtime.train.AdamWConfig;
import io.ofa4j.runtime.train.ParameterGroups;
import io.ofa4j.runtime.train.ParameterInitializer;
import io.ofa4j.runtime.train.Qwen2TrainingGraph;
import io.ofa4j.runtime.train.TrainBatch;
import io.ofa4j.runtime.train.TrainerConfig;
import io.ofa4j.runtime.train.WarmupCosineSchedule;
import io.ofa4j.runtime.weights.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A tiny two-task text run (vocab 64, hidden 16, 1 layer) built from scratch: "count" sequences
 * (arithmetic progressions) and "mirror" sequences (a palindrome), with an extra frozen
 * {@code adapters.*} parameter so checkpoints carry a non-language-model key.
 */
final class TinyRun {
  static final Qwen2Config CONFIG = Qwen2Config.tiny(64, 16, 32, 1, 2, 1, true);
  static final String ADAPTER_KEY = "adapters.probe.weight";

  final ParameterStore store;
  final TextStepFunction step;
  final List<TaskStream<TrainBatch>> streams;
  final TrainingParts<TrainBatch> parts;

  /**
   * @param initSeed weight init seed (a "fresh process" may start from other weights)
   * @param wrap wraps each stream (NaN injection)
   */
  TinyRun(long initSeed, UnaryOperator<TaskStream<TrainBatch>> wrap) {
    store = ParameterInitializer.initialize(CONFIG, DataType.FLOAT, 0.2, initSeed);
    store.put(ADAPTER_KEY, Nd4j.rand(Nd4j.getRandomFactory().getNewRandomInstance(initSeed), 3, 4).castTo(DataType.FLOAT));
    Qwen2TrainingGraph graph = new Qwen2TrainingGraph(CONFIG, store, 0);
    TrainerConfig trainer = new TrainerConfig(AdamWConfig.defaults(),
        new WarmupCosineSchedule(1e-2, 2, 20, 0.1), 1.0,
        new ParameterGroups(List.of(), List.of("adapters\\..*")), 0);
    step = new TextStepFunction(graph, trainer);
    streams = List.of(
        wrap.apply(new TextTaskStream("count", sequences(1, 40), 0, 11, 2, 4)),
        wrap.apply(new TextTaskStream("mirror", sequences(2, 24), 0, 12, 3, 4)));
    List<TaskConfig> tasks = List.of(new TaskConfig("count", 2, 1.0, 2), new TaskConfig("mirror", 1, 0.5, 3));
    TextEvaluator evaluator = new TextEvaluator(graph,
        Map.of("count", sequences(1, 6), "mirror", sequences(2, 6)), 0, 4);
    parts = new TrainingParts<>(tasks, streams, step, evaluator, new ModelState(CONFIG, store, step.optimizer()));
  }

  TinyRun(long initSeed) {
    this(initSeed, UnaryOperator.identity());
  }

  /** Synthetic sequences of kind 1 (count) or 2 (mirror), lengths 4..11, ids in 1..63. */
  static List<int[]> sequences(int kind, int n) {
    Random r = new Random(kind * 1000L + n);
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int len = 4 + r.nextInt(8);
      int[] s = new int[len];
      int start = 1 + r.nextInt(40);
      for (int j = 0; j < len; j++) {
        s[j] = kind == 1 ? 1 + (start + j) % 63 : 1 + (start + Math.min(j, len - 1 - j) * 3) % 63;
      }
      out.add(s);
    }
    return out;
  }
}
