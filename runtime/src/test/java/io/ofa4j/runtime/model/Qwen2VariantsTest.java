package io.ofa4j.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.runtime.weights.ParameterStore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Sliding-window attention and linear RoPE scaling, checked through properties they imply. */
class Qwen2VariantsTest {
  private static Qwen2Config config(int layers, boolean window, int windowSize,
      Map<String, Object> ropeScaling) {
    return new Qwen2Config(64, 32, 48, layers, 4, 2, 0, "silu", 512, 1e-6, 1e6, ropeScaling, false,
        -1, List.of(), window, windowSize, 0, "float32");
  }

  private static INDArray lastLogits(Qwen2Model m, int[] ids, int[] positions) {
    INDArray logits = m.forward(new Qwen2Input(new int[][] {ids}, null, null,
        new int[][] {positions})).logits();
    return logits.get(NDArrayIndex.point(0), NDArrayIndex.point(ids.length - 1), NDArrayIndex.all());
  }

  @Test
  void slidingWindowOfOneLayerSeesOnlyTheLastWindowTokens() {
    Qwen2Config windowed = config(1, true, 3, Map.of());
    ParameterStore store = Qwen2CheckpointTest.randomWeights(windowed, 11);
    try (Qwen2Model m = new Qwen2Model(windowed, store);
        Qwen2Model full = new Qwen2Model(config(1, false, 0, Map.of()), store)) {
      // one layer: keys/values depend only on their own token, so with a window of 3 the last
      // position's logits depend only on the last 3 tokens (positions kept)
      INDArray a = lastLogits(m, new int[] {5, 9, 2, 7, 3, 8}, new int[] {0, 1, 2, 3, 4, 5});
      INDArray b = lastLogits(m, new int[] {7, 3, 8}, new int[] {3, 4, 5});
      assertThat(a).isEqualTo(b);
      INDArray c = lastLogits(full, new int[] {5, 9, 2, 7, 3, 8}, new int[] {0, 1, 2, 3, 4, 5});
      assertThat(c.sub(a).amaxNumber().doubleValue()).isGreaterThan(1e-6);
    }
  }

  @Test
  void linearRopeScalingDividesPositions() {
    Qwen2Config plain = config(2, false, 0, Map.of());
    Qwen2Config linear = config(2, false, 0, Map.of("rope_type", "linear", "factor", 2.0));
    ParameterStore store = Qwen2CheckpointTest.randomWeights(plain, 12);
    try (Qwen2Model p = new Qwen2Model(plain, store); Qwen2Model l = new Qwen2Model(linear, store)) {
      int[] ids = {4, 8, 15, 16};
      INDArray a = lastLogits(p, ids, new int[] {0, 1, 2, 3});
      INDArray b = lastLogits(l, ids, new int[] {0, 2, 4, 6});
      assertThat(b.sub(a).amaxNumber().doubleValue()).isLessThan(1e-6);
      INDArray c = lastLogits(p, ids, new int[] {0, 2, 4, 6});
      assertThat(c.sub(a).amaxNumber().doubleValue()).isGreaterThan(1e-6);
    }
  }
}
