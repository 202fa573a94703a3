package io.ofa4j.modality.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.modality.audio.FeatureMatrix;
import io.ofa4j.modality.pipeline.encode.MultimodalBatch;
import io.ofa4j.modality.pipeline.train.MultimodalStepFunction;
import io.ofa4j.modality.pipeline.train.MultimodalTrainer;
import io.ofa4j.runtime.multitask.StepOutcome;
import io.ofa4j.runtime.multitask.TaggedBatch;
import io.ofa4j.runtime.train.AdamWConfig;
import io.ofa4j.runtime.train.AdamWState;
import io.ofa4j.runtime.train.DecoderEngines;
import io.ofa4j.runtime.train.EngineChoice;
import io.ofa4j.runtime.train.ParameterGroups;
import io.ofa4j.runtime.train.TrainerConfig;
import io.ofa4j.runtime.train.fused.FusedQwen2Step;
import io.ofa4j.runtime.weights.ParameterStore;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A multimodal step through the fused engine equals one through the SameDiff graph (image span
 * with M-RoPE, audio span, text; two tasks with unequal loss weights), and per-step stage freezing
 * leaves frozen weights and their AdamW moments bit-identical.
 */
class MultimodalEnginesTest {
  /** Adam's eps on the gradient scale, so the update is smooth in the gradient (no sign amplification). */
  private static final TrainerConfig CONFIG = new TrainerConfig(new AdamWConfig(0.9, 0.999, 1e-3, 0.01),
      step -> 1e-2, 1.0, ParameterGroups.all(), 0);

  @TempDir Path dirA;
  @TempDir Path dirB;

  @Test
  void fusedAndSameDiffStepsGiveTheSameUpdate() {
    PipelineFixture a = new PipelineFixture(dirA, DataType.FLOAT, 13);
    PipelineFixture b = new PipelineFixture(dirB, DataType.FLOAT, 13);
    Map<String, INDArray> before = snapshot(a.store);
    MultimodalTrainer viaGraph = new MultimodalTrainer(a.graph, a.kits, CONFIG);
    MultimodalTrainer viaFused = new MultimodalTrainer(
        DecoderEngines.create(b.config, b.store, 0, EngineChoice.AUTO), b.kits, CONFIG);
    assertThat(viaFused.engine()).isInstanceOf(FusedQwen2Step.class);
    List<TaggedBatch<MultimodalBatch>> step = batches(a);
    assertThat(step.get(0).batch().mrope()).isNotNull();
    StepOutcome og = viaGraph.stepTagged(step);
    StepOutcome of = viaFused.stepTagged(step);
    assertThat(of.nonFinite()).isFalse();
    assertThat(Math.abs(of.loss() - og.loss())).as("loss fused %s graph %s", of.loss(), og.loss())
        .isLessThan(1e-5 * og.loss());
    assertThat(Math.abs(of.gradNorm() - og.gradNorm())).isLessThan(1e-4 * og.gradNorm());
    for (String key : a.store.keys()) {
      INDArray dg = a.store.get(key).sub(before.get(key)); // update through SameDiff
      INDArray df = b.store.get(key).sub(before.get(key)); // update through the fused step
      double scale = Math.max(dg.amaxNumber().doubleValue(), 1e-9);
      double diff = df.sub(dg).amaxNumber().doubleValue();
      assertThat(diff / scale).as("max |fused - graph| / max |graph| update of %s", key).isLessThan(1e-3);
    }
  }

  @Test
  void stageOneLeavesFrozenWeightsAndMomentsBitIdentical() {
    PipelineFixture fx = new PipelineFixture(dirA, DataType.FLOAT, 5);
    MultimodalTrainer trainer = new MultimodalTrainer(
        DecoderEngines.create(fx.config, fx.store, 0, EngineChoice.AUTO), fx.kits, CONFIG);
    Predicate<String> adaptersOnly = Pattern.compile("visual\\..*|adapters\\..*").asMatchPredicate();
    MultimodalStepFunction stepFn = new MultimodalStepFunction(trainer,
        step -> step < 1 ? adaptersOnly : key -> true, 0);
    Map<String, INDArray> before = snapshot(fx.store);
    List<TaggedBatch<MultimodalBatch>> batches = batches(fx);
    assertThat(stepFn.step(batches).nonFinite()).isFalse();
    AdamWState state = trainer.optimizer().state();
    int frozen = 0;
    for (String key : trainer.trainableKeys()) {
      boolean moved = !fx.store.get(key).equals(before.get(key));
      if (adaptersOnly.test(key)) {
        continue; // an adapter unused by these batches only decays; the visual input projection moves below
      }
      frozen++;
      assertThat(moved).as("frozen %s changed in stage 1", key).isFalse();
      assertThat(state.expAvg().get(key).amaxNumber().doubleValue()).as("exp_avg of %s", key).isZero();
      assertThat(state.expAvgSq().get(key).amaxNumber().doubleValue()).as("exp_avg_sq of %s", key).isZero();
    }
    assertThat(frozen).isGreaterThan(10);
    String visual = fx.kits.adapters().stream().map(x -> x.weightKeys().get(0))
        .filter(k -> k.startsWith("visual.")).findFirst().orElseThrow();
    assertThat(fx.store.get(visual)).isNotEqualTo(before.get(visual));
    // stage 2: the backbone trains
    INDArray embed = fx.store.get("model.embed_tokens.weight").dup();
    assertThat(stepFn.step(batches).nonFinite()).isFalse();
    assertThat(fx.store.get("model.embed_tokens.weight")).isNotEqualTo(embed);
    assertThat(trainer.optimizer().stepCount()).isEqualTo(2);
  }

  /** An image caption (M-RoPE) and a text pair under task "a" (weight 1), an audio clip under "b" (0.5). */
  private static List<TaggedBatch<MultimodalBatch>> batches(PipelineFixture fx) {
    float[] mel = new float[20 * 80];
    SplittableRandom r = new SplittableRandom(5);
    for (int i = 0; i < mel.length; i++) {
      mel[i] = (float) r.nextGaussian();
    }
    MultimodalBatch image = fx.collator.collate(List.of(
        fx.builder.encode(PipelineFixture.plan("[IMAGE:img] what does the image describe? -> [TEXT:cap]"),
            RawExample.of("i1", "img", PipelineFixture.image(56, 84, 1), "cap", "a cat on a mat")),
        fx.builder.encode(PipelineFixture.plan("[TEXT:s] translate -> [TEXT:t]"),
            RawExample.of("t1", "s", "good morning", "t", "bonjour"))));
    MultimodalBatch audio = fx.collator.collate(List.of(
        fx.builder.encode(PipelineFixture.plan("[AUDIO:a] transcribe -> [TEXT:t]"),
            RawExample.of("a1", "a", new FeatureMatrix(20, 80, mel), "t", "hello"))));
    return List.of(new TaggedBatch<>("a", image, 1.0), new TaggedBatch<>("b", audio, 0.5));
  }

  private static Map<String, INDArray> snapshot(ParameterStore store) {
    Map<String, INDArray> out = new HashMap<>();
    store.keys().forEach(k -> out.put(k, store.get(k).dup()));
    return out;
  }
}
