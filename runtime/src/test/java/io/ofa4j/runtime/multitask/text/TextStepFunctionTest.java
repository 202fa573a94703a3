package io.ofa4j.runtime.multitask.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.multitask.StepOutcome;
import io.ofa4j.runtime.multitask.TaggedBatch;
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

class TextStepFunctionTest {
  private static final Qwen2Config CONFIG = Qwen2Config.tiny(64, 16, 32, 1, 2, 1, true);
  private static final TrainBatch A = TrainBatch.causalLm(List.of(new int[] {1, 5, 9, 13}, new int[] {2, 6, 10}), 0);
  private static final TrainBatch B = TrainBatch.causalLm(List.of(new int[] {7, 7, 8, 8, 9}), 0);

  private static ParameterStore store() {
    return ParameterInitializer.initialize(CONFIG, DataType.DOUBLE, 0.3, 21);
  }

  @Test
  void equalsTrainerStepWithTheLossWeightFoldedIntoExampleWeights() {
    ParameterStore viaTrainer = store();
    ParameterStore viaStep = store();
    TrainerConfig config = TrainerConfig.constant(1e-2);
    Qwen2TrainingGraph g1 = new Qwen2TrainingGraph(CONFIG, viaTrainer, 0);
    StepResult expected = new Trainer(g1, config).step(List.of(A, B.withExampleWeights(new float[] {0.25f})));
    Qwen2TrainingGraph g2 = new Qwen2TrainingGraph(CONFIG, viaStep, 0);
    StepOutcome got = new TextStepFunction(g2, config).step(
        List.of(new TaggedBatch<>("a", A, 1.0), new TaggedBatch<>("b", B, 0.25)));

    assertThat(got.loss()).isCloseTo(expected.loss(), within(1e-10));
    assertThat(got.gradNorm()).isCloseTo(expected.gradNorm(), within(1e-10));
    assertThat(got.tokens()).isEqualTo(expected.lossTokens());
    for (String key : viaTrainer.keys()) {
      double diff = viaTrainer.get(key).sub(viaStep.get(key)).amaxNumber().doubleValue();
      assertThat(diff).as(key).isLessThan(1e-10);
    }
  }

  @Test
  void reportsEachTasksOwnMeanTokenLoss() {
    ParameterStore s = store();
    Qwen2TrainingGraph g = new Qwen2TrainingGraph(CONFIG, s, 0);
    double lossA = g.loss(A, A.lossTokenCount());
    double lossB = g.loss(B, B.lossTokenCount());
    StepOutcome got = new TextStepFunction(g, TrainerConfig.constant(1e-2)).step(
        List.of(new TaggedBatch<>("a", A, 1.0), new TaggedBatch<>("b", B, 3.0)));
    assertThat(got.taskLoss().get("a")).isCloseTo(lossA, within(1e-10));
    assertThat(got.taskLoss().get("b")).isCloseTo(lossB, within(1e-10));
    assertThat(got.taskTokens()).containsEntry("a", 5L).containsEntry("b", 4L);
    assertThat(got.nonFinite()).isFalse();
  }
}
