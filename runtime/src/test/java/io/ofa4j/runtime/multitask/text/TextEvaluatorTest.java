package io.ofa4j.runtime.multitask.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.train.ParameterInitializer;
import io.ofa4j.runtime.train.Qwen2TrainingGraph;
import io.ofa4j.runtime.train.TrainBatch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class TextEvaluatorTest {
  private static final Qwen2Config CONFIG = Qwen2Config.tiny(64, 16, 32, 1, 2, 1, true);

  @Test
  void lossEqualsTheGraphsMeanTokenCrossEntropyOverUnevenBatches() {
    Qwen2TrainingGraph graph = new Qwen2TrainingGraph(CONFIG,
        ParameterInitializer.initialize(CONFIG, DataType.DOUBLE, 0.5, 3), 0);
    List<int[]> seqs = List.of(new int[] {1, 2, 3, 4}, new int[] {5, 6, 7}, new int[] {8, 9, 10, 11, 12});
    TextEvaluator eval = new TextEvaluator(graph, Map.of("t", seqs), 0, 2); // batches of 2 and 1
    Map<String, Double> m = eval.evaluate("t");
    TrainBatch all = TrainBatch.causalLm(seqs, 0);
    double expected = graph.loss(all, all.lossTokenCount());
    assertThat(m.get("loss")).isCloseTo(expected, within(1e-9));
    assertThat(m.get("perplexity")).isCloseTo(Math.exp(expected), within(1e-9));
    assertThat(m.get("token_accuracy")).isBetween(0.0, 1.0);
    assertThatThrownBy(() -> eval.evaluate("u")).hasMessageContaining("no validation sequences for task 'u'");
  }
}
