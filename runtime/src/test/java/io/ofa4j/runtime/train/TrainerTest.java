package io.ofa4j.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.weights.ParameterStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class TrainerTest {
  private static final List<int[]> SEQUENCES = List.of(
      new int[] {1, 4, 4, 9, 2, 7}, new int[] {3, 3, 8, 4, 12, 0});

  @Test
  void accumulatedMicroBatchesEqualOneBatch() {
    Qwen2Config config = TinyFixtures.config(true);
    TrainerConfig noClip = new TrainerConfig(AdamWConfig.defaults(), s -> 1e-3, 0, ParameterGroups.all(), 0);
    ParameterStore a = TinyFixtures.store(config, 5);
    ParameterStore b = TinyFixtures.store(config, 5);
    Trainer whole = new Trainer(new Qwen2TrainingGraph(config, a, 0.1), noClip);
    Trainer split = new Trainer(new Qwen2TrainingGraph(config, b, 0.1), noClip);
    StepResult one = whole.step(TrainBatch.causalLm(SEQUENCES, 0));
    StepResult two = split.step(List.of(
        TrainBatch.causalLm(List.of(SEQUENCES.get(0)), 0), TrainBatch.causalLm(List.of(SEQUENCES.get(1)), 0)));
    assertThat(two.loss()).isCloseTo(one.loss(), within(1e-12));
    assertThat(two.gradNorm()).isCloseTo(one.gradNorm(), within(1e-12));
    for (String key : a.keys()) {
      double diff = a.get(key).sub(b.get(key)).amaxNumber().doubleValue();
      assertThat(diff).as(key).isLessThan(1e-12);
    }
  }

  @Test
  void updatesTheStoreArraysInPlaceSoEveryReaderSeesTheStep() {
    Qwen2Config config = TinyFixtures.config(false);
    ParameterStore store = TinyFixtures.store(config, 9);
    Map<String, INDArray> identities = new HashMap<>(store.asMap());
    Map<String, INDArray> before = new HashMap<>();
    store.asMap().forEach((k, v) -> before.put(k, v.dup()));
    Qwen2TrainingGraph graph = new Qwen2TrainingGraph(config, store, 0);
    TrainBatch batch = TrainBatch.causalLm(SEQUENCES, 0);
    INDArray logitsBefore = graph.logits(batch);
    new Trainer(graph, TrainerConfig.constant(1e-2)).step(batch);
    for (String key : store.keys()) {
      assertThat(store.get(key)).as(key).isSameAs(identities.get(key));
      assertThat(store.get(key).equalsWithEps(before.get(key), 1e-9)).as("%s changed", key).isFalse();
    }
    assertThat(graph.logits(batch).equalsWithEps(logitsBefore, 1e-6)).isFalse();
  }

  @Test
  void frozenParametersDoNotMove() {
    Qwen2Config config = TinyFixtures.config(false);
    ParameterStore store = TinyFixtures.store(config, 11);
    Map<String, INDArray> before = new HashMap<>();
    store.asMap().forEach((k, v) -> before.put(k, v.dup()));
    ParameterGroups onlyLayerOne = new ParameterGroups(List.of("model\\.layers\\.1\\..*"), List.of(".*\\.bias"));
    Trainer trainer = new Trainer(new Qwen2TrainingGraph(config, store, 0),
        TrainerConfig.constant(1e-2).withGroups(onlyLayerOne));
    trainer.step(TrainBatch.causalLm(SEQUENCES, 0));
    assertThat(trainer.trainableKeys()).allMatch(k -> k.startsWith("model.layers.1.") && !k.endsWith(".bias"));
    for (String key : store.keys()) {
      boolean moved = !store.get(key).equalsWithEps(before.get(key), 0);
      assertThat(moved).as(key).isEqualTo(onlyLayerOne.isTrainable(key));
    }
  }

  @Test
  void flagsAndSkipsANonFiniteStep() {
    Qwen2Config config = TinyFixtures.config(true);
    ParameterStore store = TinyFixtures.store(config, 13);
    store.get("model.layers.0.mlp.up_proj.weight").putScalar(0, Double.NaN);
    Map<String, INDArray> before = new HashMap<>();
    store.asMap().forEach((k, v) -> before.put(k, v.dup()));
    Trainer trainer = new Trainer(new Qwen2TrainingGraph(config, store, 0), TrainerConfig.constant(1e-2));
    StepResult r = trainer.step(TrainBatch.causalLm(SEQUENCES, 0));
    assertThat(r.nonFinite()).isTrue();
    assertThat(r.step()).isZero();
    assertThat(trainer.optimizer().stepCount()).isZero();
    INDArray embed = store.get(Qwen2TrainingGraph.EMBED_TOKENS);
    assertThat(embed.equalsWithEps(before.get(Qwen2TrainingGraph.EMBED_TOKENS), 0)).isTrue();
  }

  @Test
  void trainsOnCallerSuppliedEmbeddingsWithoutMovingTheUntiedEmbedding() {
    Qwen2Config config = TinyFixtures.config(false);
    ParameterStore store = TinyFixtures.store(config, 19);
    INDArray embedBefore = store.get(Qwen2TrainingGraph.EMBED_TOKENS).dup();
    TrainBatch ids = TrainBatch.causalLm(SEQUENCES, 0);
    TrainBatch embedded = ids.withInputsEmbeds(TokenEmbedding.lookup(store.get(Qwen2TrainingGraph.EMBED_TOKENS),
        ids.inputIds()));
    TrainerConfig noDecay = TrainerConfig.constant(1e-2).withAdamW(new AdamWConfig(0.9, 0.999, 1e-8, 0));
    StepResult r = new Trainer(new Qwen2TrainingGraph(config, store, 0), noDecay).step(embedded);
    assertThat(r.nonFinite()).isFalse();
    assertThat(store.get(Qwen2TrainingGraph.EMBED_TOKENS).equalsWithEps(embedBefore, 0)).isTrue();
  }

  @Test
  void exampleWeightsScaleTheLoss() {
    Qwen2Config config = TinyFixtures.config(true);
    Qwen2TrainingGraph graph = new Qwen2TrainingGraph(config, TinyFixtures.store(config, 17), 0);
    TrainBatch plain = TrainBatch.causalLm(SEQUENCES, 0);
    TrainBatch first = plain.withExampleWeights(new float[] {1f, 0f});
    TrainBatch second = plain.withExampleWeights(new float[] {0f, 2f});
    double n = plain.lossTokenCount();
    assertThat(graph.loss(first, n) + graph.loss(second, n) / 2).isCloseTo(graph.loss(plain, n), within(1e-12));
    assertThat(graph.loss(plain.withTaskWeight(0.25f), n)).isCloseTo(0.25 * graph.loss(plain, n), within(1e-12));
  }
}
