package io.ofa4j.runtime.train.fused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.train.LossAndGradients;
import io.ofa4j.runtime.train.ParameterInitializer;
import io.ofa4j.runtime.train.Qwen2TrainingGraph;
import io.ofa4j.runtime.train.TokenEmbedding;
import io.ofa4j.runtime.train.TrainBatch;
import io.ofa4j.runtime.weights.ParameterStore;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The fused float32 step against the SameDiff graph in float64 (whose gradients are themselves
 * checked against finite differences in {@code Qwen2TrainingGraphGradientTest}): loss and every
 * parameter gradient, on batches with repeated ids, right padding, a masked key, a partial loss mask,
 * ignored labels and unequal example weights; tied and untied head, with and without label
 * smoothing, GQA groups 2. Tolerance: float32 rounding, 2e-4 of each tensor's largest entry.
 */
class FusedQwen2StepTest {
  static final double TOL = 2e-4;

  @ParameterizedTest(name = "tied={0}, labelSmoothing={1}, heads={2}/{3}")
  @CsvSource({"true, 0.0, 2, 1", "false, 0.0, 2, 1", "false, 0.1, 4, 2", "true, 0.2, 4, 2", "false, 0.0, 4, 4"})
  void matchesSameDiffGraph(boolean tied, double labelSmoothing, int heads, int kvHeads) {
    Qwen2Config config = Qwen2Config.tiny(16, 16, 12, 2, heads, kvHeads, tied);
    ParameterStore store64 = store(config, 42);
    ParameterStore store32 = toFloat(store64);
    FusedQwen2Step fused = new FusedQwen2Step(config, store32, labelSmoothing);
    for (TrainBatch batch : List.of(batch(), maskedKeys())) {
      double normalizer = batch.lossTokenCount() + 1.5; // as if other micro-batches shared the step
      Qwen2TrainingGraph graph = new Qwen2TrainingGraph(config, store64, labelSmoothing);
      LossAndGradients expected = graph.lossAndGradients(batch, normalizer, store64.keys(), false);
      LossAndGradients actual = fused.lossAndGradients(batch, normalizer, store32.keys(), false);
      assertThat(Math.abs(actual.loss() - expected.loss()))
          .as("loss fused %s vs graph %s, batch of %d rows", actual.loss(), expected.loss(), batch.batchSize())
          .isLessThan(1e-5 * Math.abs(expected.loss()) + 1e-7);
      assertThat(actual.gradients().keySet()).containsExactlyInAnyOrderElementsOf(store64.keys());
      for (String key : store64.keys()) {
        assertClose(key, actual.gradients().get(key), expected.gradients().get(key));
      }
    }
  }

  @Test
  void inputsEmbedsGradientMatchesSameDiffGraph() {
    Qwen2Config config = Qwen2Config.tiny(16, 16, 12, 2, 4, 2, false);
    ParameterStore store64 = store(config, 7);
    ParameterStore store32 = toFloat(store64);
    TrainBatch ids = batch();
    INDArray embeds = TokenEmbedding.lookup(store64.get(Qwen2TrainingGraph.EMBED_TOKENS), ids.inputIds());
    embeds.muli(1.5); // differs from the lookup, so using the ids by mistake would show
    TrainBatch batch = ids.withInputsEmbeds(embeds);
    double n = batch.lossTokenCount();
    LossAndGradients expected = new Qwen2TrainingGraph(config, store64, 0)
        .lossAndGradients(batch, n, List.of("model.norm.weight", "lm_head.weight"), true);
    LossAndGradients actual = new FusedQwen2Step(config, store32, 0)
        .lossAndGradients(batch.withInputsEmbeds(embeds.castTo(DataType.FLOAT)), n,
            List.of("model.norm.weight", "lm_head.weight"), true);
    assertThat(actual.gradients()).containsOnlyKeys("model.norm.weight", "lm_head.weight");
    assertThat(actual.loss()).isCloseTo(expected.loss(), within(1e-5 * Math.abs(expected.loss()) + 1e-7));
    assertClose("inputs_embeds", actual.inputsEmbedsGradient(), expected.inputsEmbedsGradient());
    assertClose("lm_head.weight", actual.gradients().get("lm_head.weight"),
        expected.gradients().get("lm_head.weight"));
  }

  @Test
  void rejectsBadInput() {
    Qwen2Config config = Qwen2Config.tiny(16, 16, 12, 1, 4, 2, false);
    ParameterStore store64 = store(config, 1);
    assertThatThrownBy(() -> new FusedQwen2Step(config, store64, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("float32");
    FusedQwen2Step fused = new FusedQwen2Step(config, toFloat(store64), 0);
    TrainBatch bad = TrainBatch.of(new int[][] {{1, 16}}, new int[][] {{2, 3}}, new float[][] {{1, 1}});
    assertThatThrownBy(() -> fused.lossAndGradients(bad, 2, List.of(), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inputIds[0][1] = 16");
    assertThatThrownBy(() -> fused.lossAndGradients(batch(), 2, List.of("nope"), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nope'");
  }

  static void assertClose(String key, INDArray actual, INDArray expected) {
    double scale = Math.max(expected.amaxNumber().doubleValue(), 1e-3);
    double diff = actual.castTo(DataType.DOUBLE).sub(expected.castTo(DataType.DOUBLE)).amaxNumber().doubleValue();
    assertThat(diff / scale).as("max |fused - graph| / max |graph| of %s (scale %s)", key, scale).isLessThan(TOL);
  }

  static ParameterStore store(Qwen2Config config, long seed) {
    ParameterStore store = ParameterInitializer.initialize(config, DataType.DOUBLE, 0.3, seed);
    ParameterInitializer.perturb(store, 0.1, seed + 1);
    return store;
  }

  static ParameterStore toFloat(ParameterStore store) {
    ParameterStore out = new ParameterStore();
    for (String key : store.keys()) {
      out.put(key, store.get(key).castTo(DataType.FLOAT).dup('c'));
    }
    return out;
  }

  /** Repeated ids within and across rows, right padding in row 1, partial mask, ignored labels. */
  private static TrainBatch batch() {
    int[][] ids = {{3, 5, 3, 3, 9, 5}, {5, 7, 3, 1, 0, 0}};
    int[][] labels = {{5, 3, 3, 9, 5, 2}, {7, 3, 1, TrainBatch.IGNORE_INDEX, TrainBatch.IGNORE_INDEX,
        TrainBatch.IGNORE_INDEX}};
    float[][] mask = {{1, 0.5f, 0, 1, 1, 1}, {1, 1, 1, 0, 0, 0}};
    int[][] attention = {{1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 0, 0}};
    int[][] positions = {{0, 1, 2, 3, 4, 5}, {0, 1, 2, 3, 4, 5}};
    return new TrainBatch(ids, null, labels, mask, attention, positions, new float[] {1f, 0.5f});
  }

  /**
   * A masked key inside row 0, shifted positions, three rows. (Fully masked query rows, i.e. left
   * padding, are left out: the SameDiff graph returns a NaN loss on them in float64.)
   */
  private static TrainBatch maskedKeys() {
    int[][] ids = {{0, 0, 4, 4, 11, 4}, {2, 2, 2, 15, 6, 1}, {8, 3, 12, 3, 3, 0}};
    int ig = TrainBatch.IGNORE_INDEX;
    int[][] labels = {{ig, ig, 4, 11, 4, 1}, {2, 2, 15, 6, 1, 13}, {3, 12, 3, 3, ig, ig}};
    float[][] mask = {{0, 0, 1, 1, 1, 1}, {1, 1, 1, 1, 0.25f, 1}, {1, 1, 1, 1, 0, 0}};
    int[][] attention = {{1, 0, 1, 1, 1, 1}, {1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 1, 0}};
    int[][] positions = {{0, 0, 0, 1, 2, 3}, {0, 1, 2, 3, 4, 5}, {0, 1, 2, 3, 4, 5}};
    return new TrainBatch(ids, null, labels, mask, attention, positions, new float[] {2f, 1f, 0.75f});
  }
}
