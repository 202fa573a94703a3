package io.ofa4j.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.weights.ParameterStore;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Analytic gradients of the training graph against central finite differences in float64, for
 * every parameter tensor of a tiny config: tied and untied head, with and without label
 * smoothing, on a batch with repeated ids, padding and a partial loss mask. Each tensor is
 * checked along one random direction (covers all entries at once) and at a few single entries
 * (the embedding rows of repeated ids included).
 */
class Qwen2TrainingGraphGradientTest {
  private static final double EPS = 1e-5;

  @Test
  void inputsEmbedsGradientMatchesFiniteDifferences() {
    Qwen2Config config = TinyFixtures.config(false);
    ParameterStore store = TinyFixtures.store(config, 21);
    Qwen2TrainingGraph graph = new Qwen2TrainingGraph(config, store, 0);
    TrainBatch ids = TinyFixtures.batch();
    INDArray embeds = TokenEmbedding.lookup(store.get(Qwen2TrainingGraph.EMBED_TOKENS), ids.inputIds());
    TrainBatch batch = ids.withInputsEmbeds(embeds);
    double n = batch.lossTokenCount();
    assertThat(graph.loss(batch, n)).isCloseTo(graph.loss(ids, n), within(1e-14));
    LossAndGradients r = graph.lossAndGradients(batch, n, List.of("model.norm.weight"), true);
    assertThat(r.gradients()).containsOnlyKeys("model.norm.weight");
    INDArray u = Nd4j.randn(embeds.dataType(), embeds.shape());
    embeds.addi(u.mul(EPS));
    double plus = graph.loss(batch, n);
    embeds.subi(u.mul(2 * EPS));
    double minus = graph.loss(batch, n);
    double fd = (plus - minus) / (2 * EPS);
    assertThat(r.inputsEmbedsGradient().mul(u).sumNumber().doubleValue()).isCloseTo(fd, within(1e-8));
  }

  @ParameterizedTest(name = "tied={0}, labelSmoothing={1}")
  @CsvSource({"true, 0.0", "false, 0.0", "false, 0.1", "true, 0.2"})
  void matchesFiniteDifferencesForEveryParameter(boolean tied, double labelSmoothing) {
    Qwen2Config config = TinyFixtures.config(tied);
    ParameterStore store = TinyFixtures.store(config, 42);
    Qwen2TrainingGraph graph = new Qwen2TrainingGraph(config, store, labelSmoothing);
    TrainBatch batch = TinyFixtures.batch();
    double normalizer = batch.lossTokenCount();
    LossAndGradients analytic = graph.lossAndGradients(batch, normalizer, store.keys(), false);
    assertThat(analytic.gradients().keySet()).containsExactlyInAnyOrderElementsOf(store.keys());
    DoubleSupplier loss = () -> graph.loss(batch, normalizer);
    assertThat(analytic.loss()).isCloseTo(loss.getAsDouble(), within(1e-12));

    Random rng = new Random(7);
    for (String key : store.keys()) {
      INDArray param = store.get(key);
      INDArray grad = analytic.gradients().get(key);
      assertThat(grad.shape()).as(key).isEqualTo(param.shape());
      // Directional derivative along a random unit direction u: <g, u>.
      INDArray u = Nd4j.randn(param.dataType(), param.shape());
      u.divi(u.norm2Number());
      param.addi(u.mul(EPS));
      double plus = loss.getAsDouble();
      param.subi(u.mul(2 * EPS));
      double minus = loss.getAsDouble();
      param.addi(u.mul(EPS));
      double fd = (plus - minus) / (2 * EPS);
      double an = grad.mul(u).sumNumber().doubleValue();
      assertThat(an).as("directional derivative of %s", key).isCloseTo(fd, within(1e-8 + 1e-6 * Math.abs(fd)));
      // A few single entries; for the embedding, the repeated id 3 and the unused id 15 too.
      long[] entries = key.equals(Qwen2TrainingGraph.EMBED_TOKENS)
          ? new long[] {3 * 8 + 1, 5 * 8 + 2, 15 * 8, rng.nextInt((int) param.length())}
          : new long[] {rng.nextInt((int) param.length()), rng.nextInt((int) param.length())};
      INDArray flatParam = param.reshape(param.length());
      INDArray flatGrad = grad.reshape(grad.length());
      for (long i : entries) {
        double saved = flatParam.getDouble(i);
        flatParam.putScalar(i, saved + EPS);
        double p = loss.getAsDouble();
        flatParam.putScalar(i, saved - EPS);
        double m = loss.getAsDouble();
        flatParam.putScalar(i, saved);
        double fdi = (p - m) / (2 * EPS);
        assertThat(flatGrad.getDouble(i)).as("d loss / d %s[%d]", key, i)
            .isCloseTo(fdi, within(1e-8 + 1e-6 * Math.abs(fdi)));
      }
    }
  }
}
