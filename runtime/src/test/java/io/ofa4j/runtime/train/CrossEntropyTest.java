package io.ofa4j.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ofa4j.runtime.model.Qwen2Config;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The graph's loss against a plain-Java cross-entropy of the graph's own logits. */
class CrossEntropyTest {
  @ParameterizedTest(name = "labelSmoothing={0}")
  @ValueSource(doubles = {0.0, 0.1})
  void lossIsTheWeightedMeanOfTokenCrossEntropies(double smoothing) {
    Qwen2Config config = TinyFixtures.config(false);
    Qwen2TrainingGraph graph = new Qwen2TrainingGraph(config, TinyFixtures.store(config, 3), smoothing);
    TrainBatch batch = TinyFixtures.batch();
    INDArray logits = graph.logits(batch); // [B, T, V]
    double expected = 0;
    int v = config.vocabSize();
    for (int b = 0; b < batch.batchSize(); b++) {
      for (int t = 0; t < batch.seqLen(); t++) {
        int label = batch.labels()[b][t];
        if (label == TrainBatch.IGNORE_INDEX) {
          continue;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < v; k++) {
          max = Math.max(max, logits.getDouble(b, t, k));
        }
        double sum = 0;
        double meanLogProb = 0;
        for (int k = 0; k < v; k++) {
          sum += Math.exp(logits.getDouble(b, t, k) - max);
        }
        double lse = max + Math.log(sum);
        for (int k = 0; k < v; k++) {
          meanLogProb += (logits.getDouble(b, t, k) - lse) / v;
        }
        double nll = lse - logits.getDouble(b, t, label);
        double token = (1 - smoothing) * nll - smoothing * meanLogProb;
        expected += token * batch.lossMask()[b][t] * batch.exampleWeights()[b];
      }
    }
    expected /= batch.lossTokenCount();
    assertThat(graph.loss(batch, batch.lossTokenCount())).isCloseTo(expected, within(1e-12));
  }
}
