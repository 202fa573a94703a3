package io.ofa4j.runtime.train.fused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.train.ParameterInitializer;
import io.ofa4j.runtime.train.Qwen2TrainingGraph;
import io.ofa4j.runtime.train.StepResult;
import io.ofa4j.runtime.train.TrainBatch;
import io.ofa4j.runtime.train.Trainer;
import io.ofa4j.runtime.train.TrainerConfig;
import io.ofa4j.runtime.weights.ParameterStore;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * {@link Trainer} driven by the fused step against the same trainer driven by the SameDiff graph,
 * both float32 from the same weights: three AdamW steps with two micro-batches of different
 * shapes each (buffers rebuilt per shape, gradients summed across them), same losses and weights.
 */
class FusedTrainerTest {
  @Test
  void threeStepsMatchTheSameDiffTrainer() {
    Qwen2Config config = Qwen2Config.tiny(32, 16, 24, 2, 4, 2, true);
    ParameterStore fusedStore = ParameterInitializer.initialize(config, DataType.FLOAT, 0.2, 5);
    ParameterStore graphStore = new ParameterStore();
    fusedStore.asMap().forEach((k, v) -> graphStore.put(k, v.dup('c')));
    TrainerConfig tc = TrainerConfig.constant(1e-2);
    Trainer fused = new Trainer(fusedStore, new FusedQwen2Step(config, fusedStore, 0.1)::lossAndGradients, tc);
    Trainer graph = new Trainer(new Qwen2TrainingGraph(config, graphStore, 0.1), tc);
    List<TrainBatch> step = List.of(
        TrainBatch.causalLm(List.of(new int[] {1, 4, 4, 9, 30, 2}, new int[] {7, 7, 3}), 0),
        TrainBatch.causalLm(List.of(new int[] {5, 6, 7, 8}), 0));
    for (int i = 0; i < 3; i++) {
      StepResult a = fused.step(step);
      StepResult b = graph.step(step);
      assertThat(a.loss()).as("loss at step %d", i).isCloseTo(b.loss(), within(1e-4));
      assertThat(a.gradNorm()).as("gradient norm at step %d", i)
          .isCloseTo(b.gradNorm(), within(1e-4 * b.gradNorm()));
    }
    for (String key : fusedStore.keys()) {
      double diff = fusedStore.get(key).sub(graphStore.get(key)).amaxNumber().doubleValue();
      assertThat(diff).as("weights of %s after 3 steps", key).isLessThan(1e-4);
    }
  }
}
