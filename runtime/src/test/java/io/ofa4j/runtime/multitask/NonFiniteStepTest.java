package io.ofa4j.runtime.multitask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ofa4j.runtime.multitask.checkpoint.CheckpointReader;
import io.ofa4j.runtime.multitask.schedule.SchedulingPolicy;
import io.ofa4j.runtime.weights.ParameterStore;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import tools.jackson.databind.JsonNode;

class NonFiniteStepTest {
  @TempDir Path tmp;

  private static TinyRun poisonMirror(IntPredicate calls) {
    return new TinyRun(4, s -> s.name().equals("mirror") ? new Poisoned(s, calls) : s);
  }

  @Test
  void tooManyNonFiniteStepsInARowStopTheRunWithTheLastGoodCheckpointIntact() {
    TinyRun run = poisonMirror(call -> call >= 4);
    LoopConfig config = LoopConfig.of(10, SchedulingPolicy.ALL_TASKS, 1).withCheckpoints(1, 2)
        .withMaxNonFiniteSteps(2);
    MultiTaskLoop<?> loop = new MultiTaskLoop<>(config, run.parts, tmp, "p: 1\n");
    NonFiniteStepsException e = catchThrowableOfType(NonFiniteStepsException.class, loop::run);

    assertThat(e.step()).isEqualTo(6);
    assertThat(e.tasks()).containsExactly("mirror");
    assertThat(e.getMessage()).contains("3 consecutive non-finite steps", "max_non_finite_steps is 2",
        "step 6", "[mirror]", "step-00000003");
    Path good = loop.checkpoints().latest().orElseThrow();
    assertThat(e.lastGoodCheckpoint()).contains(good);
    assertThat(good.getFileName().toString()).isEqualTo("step-00000003");
    assertThat(run.step.optimizer().stepCount()).isEqualTo(3);

    // the skipped steps changed nothing: a fresh model restored from the checkpoint equals the live one
    TinyRun fresh = new TinyRun(8);
    CheckpointReader.restore(good, fresh.parts.model());
    assertEqual(run.store, fresh.store);
    assertThat(CheckpointReader.loopState(good).step()).isEqualTo(3);
  }

  @Test
  void anIsolatedNonFiniteStepIsSkippedLoggedAndTheRunGoesOn() {
    TinyRun run = poisonMirror(call -> call == 2);
    LoopConfig config = LoopConfig.of(4, SchedulingPolicy.ALL_TASKS, 1).withMaxNonFiniteSteps(1);
    MultiTaskLoop<?> loop = new MultiTaskLoop<>(config, run.parts, tmp, "p: 1\n");
    LoopResult r = loop.run();
    assertThat(r.steps()).isEqualTo(4);
    assertThat(r.optimizerSteps()).isEqualTo(3);
    JsonNode skipped = MetricsFile.lines(tmp.resolve("metrics.jsonl")).stream()
        .filter(n -> n.get("kind").asString().equals("train") && n.get("step").asLong() == 2
            && n.get("task").asString().equals("mirror"))
        .findFirst().orElseThrow();
    assertThat(skipped.get("non_finite").asBoolean()).isTrue();
    assertThat(skipped.get("lr").asDouble()).isZero();
  }

  @Test
  void aSkippedStepLeavesWeightsAndOptimizerUntouched() {
    TinyRun run = poisonMirror(call -> call == 1);
    Map<String, INDArray> before = new HashMap<>();
    run.store.asMap().forEach((k, v) -> before.put(k, v.dup()));
    LoopConfig config = LoopConfig.of(1, SchedulingPolicy.ALL_TASKS, 1);
    new MultiTaskLoop<>(config, run.parts, tmp, "p: 1\n").run();
    assertThat(run.step.optimizer().stepCount()).isZero();
    run.store.asMap().forEach((k, v) -> assertThat(v.equalsWithEps(before.get(k), 0)).as(k).isTrue());
  }

  private static void assertEqual(ParameterStore a, ParameterStore b) {
    for (String key : a.keys()) {
      assertThat(a.get(key).equalsWithEps(b.get(key), 0)).as(key).isTrue();
    }
  }
}
