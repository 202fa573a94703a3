package io.ofa4j.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.weights.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * End to end: a tiny float32 model drives the loss on a few random sequences near zero and then
 * generates each of them back exactly from its first token with a greedy argmax loop over the
 * graph.
 */
class MemorizationTest {
  @Test
  void memorizesFourShortSequences() {
    memorize(Qwen2Config.tiny(32, 32, 64, 2, 4, 2, true), 4, 10, 120);
  }

  @Test
  @Tag("slow")
  void memorizesEightLongerSequencesWithAnUntiedHead() {
    memorize(Qwen2Config.tiny(64, 64, 128, 2, 4, 2, false), 8, 24, 300);
  }

  private static void memorize(Qwen2Config config, int count, int length, int steps) {
    ParameterStore store = ParameterInitializer.initialize(config, DataType.FLOAT, 0.05, 1);
    Random rng = new Random(2);
    List<int[]> sequences = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      int[] seq = new int[length];
      seq[0] = s; // distinct first tokens make every continuation determined
      for (int t = 1; t < length; t++) {
        seq[t] = rng.nextInt(config.vocabSize());
      }
      sequences.add(seq);
    }
    Qwen2TrainingGraph graph = new Qwen2TrainingGraph(config, store, 0);
    TrainerConfig trainerConfig = new TrainerConfig(
        new AdamWConfig(0.9, 0.99, 1e-8, 0.0), new WarmupCosineSchedule(1e-2, 10, steps, 0.1), 1.0,
        ParameterGroups.all(), 10);
    Trainer trainer = new Trainer(graph, trainerConfig);
    TrainBatch batch = TrainBatch.causalLm(sequences, 0);
    StepResult last = null;
    for (int i = 0; i < steps; i++) {
      last = trainer.step(batch);
    }
    assertThat(last.nonFinite()).isFalse();
    assertThat(last.loss()).isLessThan(0.05);
    assertThat(greedy(graph, sequences, length)).containsExactlyElementsOf(sequences);
  }

  /**
   * Greedy decoding of all sequences at once from their first token. The window stays
   * {@code [count, length]} (one graph): positions after the current one hold padding and, the
   * attention being causal, cannot change the logits read at the current position.
   */
  private static List<int[]> greedy(Qwen2TrainingGraph graph, List<int[]> sequences, int length) {
    int count = sequences.size();
    int[][] ids = new int[count][length];
    for (int s = 0; s < count; s++) {
      ids[s][0] = sequences.get(s)[0];
    }
    for (int t = 0; t + 1 < length; t++) {
      int[][] window = new int[count][];
      for (int s = 0; s < count; s++) {
        window[s] = ids[s].clone();
      }
      TrainBatch batch = TrainBatch.of(window, new int[count][length], new float[count][length]);
      INDArray logits = graph.logits(batch); // [count, length, V]
      for (int s = 0; s < count; s++) {
        ids[s][t + 1] = logits.get(
            NDArrayIndex.point(s),
            NDArrayIndex.point(t),
            NDArrayIndex.all()).argMax().getInt(0);
      }
    }
    return List.of(ids);
  }
}
