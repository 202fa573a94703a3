package io.ofa4j.runtime.multitask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ofa4j.runtime.multitask.schedule.SchedulingPolicy;
import io.ofa4j.runtime.train.AdamWState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultiTaskLoopResumeTest {
  private static final int N = 3;
  private static final LoopConfig CONFIG = LoopConfig.of(2 * N, SchedulingPolicy.PROPORTIONAL, 7)
      .withEvalEvery(N).withCheckpoints(N, 2).withMicroBatches(2);

  @TempDir Path tmp;

  @Test
  void killedRunResumedInFreshObjectsEqualsAnUninterruptedRun() {
    TinyRun whole = new TinyRun(1);
    LoopResult a = new MultiTaskLoop<>(CONFIG, whole.parts, tmp.resolve("a"), "preset: a\n").run();

    TinyRun first = new TinyRun(1);
    MultiTaskLoop<?> killed = new MultiTaskLoop<>(CONFIG, Killer.wrap(first.parts, N + 1), tmp.resolve("b"), "preset: a\n");
    assertThatThrownBy(killed::run).isInstanceOf(Killer.Killed.class);
    Path saved = killed.checkpoints().latest().orElseThrow();
    assertThat(saved.getFileName().toString()).isEqualTo("step-00000003");

    TinyRun fresh = new TinyRun(99); // other initial weights: everything must come from the checkpoint
    MultiTaskLoop<?> resumed = new MultiTaskLoop<>(CONFIG, fresh.parts, tmp.resolve("b"), "preset: a\n");
    resumed.resume(saved);
    LoopResult b = resumed.run();

    assertThat(b.steps()).isEqualTo(a.steps()).isEqualTo(2 * N);
    assertThat(b.optimizerSteps()).isEqualTo(a.optimizerSteps());
    List<double[]> la = MetricsFile.trainLosses(tmp.resolve("a/metrics.jsonl"));
    List<double[]> lb = MetricsFile.trainLosses(tmp.resolve("b/metrics.jsonl"));
    assertThat(lb).hasSameSizeAs(la);
    for (int i = 0; i < la.size(); i++) {
      assertThat(lb.get(i)[0]).isEqualTo(la.get(i)[0]);
      assertThat(lb.get(i)[1]).isEqualTo(la.get(i)[1]);
      assertThat(lb.get(i)[2]).as("loss line %d", i).isCloseTo(la.get(i)[2], within(1e-6));
    }
    for (String key : whole.store.keys()) {
      double diff = whole.store.get(key).sub(fresh.store.get(key)).amaxNumber().doubleValue();
      assertThat(diff).as(key).isLessThan(1e-6);
    }
    AdamWState sa = whole.step.optimizer().state();
    AdamWState sb = fresh.step.optimizer().state();
    assertThat(sb.step()).isEqualTo(sa.step());
    for (String key : sa.expAvg().keySet()) {
      assertThat(sa.expAvgSq().get(key).equalsWithEps(sb.expAvgSq().get(key), 1e-9)).as(key).isTrue();
    }
    assertThat(b.finalMetrics().get("count").get("loss"))
        .isCloseTo(a.finalMetrics().get("count").get("loss"), within(1e-6));
    assertThat(b.best()).isEqualTo(a.best());
  }

  @Test
  void trainingLowersTheValidationLossAndTracksTheBest() {
    TinyRun run = new TinyRun(3);
    LoopConfig config = LoopConfig.of(8, SchedulingPolicy.ALL_TASKS, 5).withEvalEvery(4).withCheckpoints(0, 1)
        .withProgressEvery(3);
    MultiTaskLoop<?> loop = new MultiTaskLoop<>(config, run.parts, tmp.resolve("c"), "x: 1\n");
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    loop.setProgressOutput(new PrintStream(progress, true, StandardCharsets.UTF_8));
    LoopResult r = loop.run();
    // steps 3, 6 and the last one, each naming both tasks' losses
    assertThat(progress.toString(StandardCharsets.UTF_8).lines().toList()).hasSize(3)
        .allMatch(l -> l.matches("step [368]/8 \\(\\d+%\\) \\| eta .* \\| loss count=\\d\\.\\d{4} mirror=\\d\\.\\d{4} \\| \\d+ tok/s"));
    BestMetrics best = r.best();
    // the first evaluation is the baseline; later ones must beat it after 8 AdamW steps at 1e-2
    assertThat(best.baselines()).containsKeys("count", "mirror");
    assertThat(best.overall().step()).isEqualTo(8);
    assertThat(best.overall().value()).isGreaterThan(0);
    assertThat(r.finalMetrics().get("count").get("loss")).isLessThan(best.baselines().get("count"));
    assertThat(loop.checkpoints().list()).extracting(p -> p.getFileName().toString())
        .containsExactly("step-00000008");
    assertThat(best.overallCheckpoint()).isEqualTo("step-00000008");
  }
}
