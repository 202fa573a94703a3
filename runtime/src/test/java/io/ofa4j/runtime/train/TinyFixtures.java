package io.ofa4j.runtime.train;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.weights.ParameterStore;
import org.nd4j.linalg.api.buffer.DataType;

/** Tiny configs and batches shared by the training tests. */
final class TinyFixtures {
  private TinyFixtures() {}

  /** vocab 16, hidden 8, intermediate 12, 2 layers, 2 heads / 1 KV head (head_dim 4). */
  static Qwen2Config config(boolean tied) {
    return Qwen2Config.tiny(16, 8, 12, 2, 2, 1, tied);
  }

  /** Random float64 weights, perturbed off the symmetric start (biases and norms non-trivial). */
  static ParameterStore store(Qwen2Config config, long seed) {
    ParameterStore store = ParameterInitializer.initialize(config, DataType.DOUBLE, 0.3, seed);
    ParameterInitializer.perturb(store, 0.1, seed + 1);
    return store;
  }

  /**
   * B = 2, T = 6: repeated ids within and across rows, right padding in row 1, a partial loss
   * mask (0, 0.5, 1), ignored labels and unequal example weights.
   */
  static TrainBatch batch() {
    int[][] ids = {{3, 5, 3, 3, 9, 5}, {5, 7, 3, 1, 0, 0}};
    int[][] labels = {{5, 3, 3, 9, 5, 2}, {7, 3, 1, TrainBatch.IGNORE_INDEX, TrainBatch.IGNORE_INDEX,
        TrainBatch.IGNORE_INDEX}};
    float[][] mask = {{1, 0.5f, 0, 1, 1, 1}, {1, 1, 1, 0, 0, 0}};
    int[][] attention = {{1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 0, 0}};
    int[][] positions = {{0, 1, 2, 3, 4, 5}, {0, 1, 2, 3, 4, 5}};
    return new TrainBatch(ids, null, labels, mask, attention, positions, new float[] {1f, 0.5f});
  }
}
