package io.ofa4j.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.model.Qwen2Input;
import io.ofa4j.runtime.model.Qwen2Model;
import io.ofa4j.runtime.weights.ParameterStore;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The trainer and the eager generator share one set of arrays: an eager {@link Qwen2Model}
 * built before a training step sees the step (no copy on either side), and its logits agree
 * with the training graph's before and after.
 */
class SharedWeightsTest {
  @ParameterizedTest(name = "tied={0}")
  @ValueSource(booleans = {true, false})
  void eagerModelSeesTheTrainingStep(boolean tied) {
    Qwen2Config config = Qwen2Config.tiny(32, 16, 24, 2, 4, 2, tied);
    ParameterStore store = ParameterInitializer.initialize(config, DataType.FLOAT, 0.1, 4);
    Qwen2TrainingGraph graph = new Qwen2TrainingGraph(config, store, 0);
    List<int[]> sequences = List.of(new int[] {1, 5, 9, 5, 30, 2}, new int[] {7, 7, 7, 3, 0, 12});
    TrainBatch batch = TrainBatch.causalLm(sequences, 0);
    try (Qwen2Model eager = new Qwen2Model(config, store, 1)) {
      INDArray before = eagerLogits(eager, batch);
      assertThat(maxAbsDiff(before, graph.logits(batch))).isLessThan(1e-5);

      StepResult r = new Trainer(graph, TrainerConfig.constant(0.05)).step(batch);
      assertThat(r.nonFinite()).isFalse();

      INDArray after = eagerLogits(eager, batch);
      assertThat(maxAbsDiff(after, before)).as("the step changed the eager logits").isGreaterThan(1e-3);
      assertThat(maxAbsDiff(after, graph.logits(batch))).isLessThan(1e-5);
    }
  }

  private static INDArray eagerLogits(Qwen2Model model, TrainBatch batch) {
    return model.forward(Qwen2Input.ofIds(batch.inputIds(), batch.attentionMask())).logits(); // [B, T, V]
  }

  private static double maxAbsDiff(INDArray a, INDArray b) {
    return a.castTo(DataType.DOUBLE).sub(b.castTo(DataType.DOUBLE)).amaxNumber().doubleValue();
  }
}
