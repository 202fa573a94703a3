package io.ofa4j.runtime.multitask.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.runtime.model.Qwen2Checkpoint;
import io.ofa4j.runtime.multitask.LoopConfig;
import io.ofa4j.runtime.multitask.LoopResult;
import io.ofa4j.runtime.multitask.MultiTaskLoop;
import io.ofa4j.runtime.multitask.TinyRunAccess;
import io.ofa4j.runtime.multitask.schedule.SchedulingPolicy;
import io.ofa4j.runtime.weights.SafetensorsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;

class CheckpointAtomicityTest {
  private static final LoopConfig CONFIG = LoopConfig.of(4, SchedulingPolicy.ROUND_ROBIN, 3).withCheckpoints(2, 3);

  @TempDir Path tmp;

  @Test
  void aCrashBetweenFilesLeavesThePreviousCheckpointLoadableAndNoHalfCheckpoint() throws Exception {
    TinyRunAccess run = TinyRunAccess.create(1);
    MultiTaskLoop<?> loop = new MultiTaskLoop<>(CONFIG, run.parts(), tmp, "preset: x\n");
    loop.setWriteHook(file -> {
      if (file.getParent().getFileName().toString().startsWith(".tmp-step-00000004")) {
        throw new IllegalStateException("simulated crash after " + file.getFileName());
      }
    });
    assertThatThrownBy(loop::run).hasMessageContaining("simulated crash after model.safetensors");

    Path root = loop.checkpoints().root();
    try (Stream<Path> s = Files.list(root)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith(".tmp-step-00000004"))
          .contains("step-00000002")
          .doesNotContain("step-00000004");
    }
    assertThat(loop.checkpoints().list()).extracting(p -> p.getFileName().toString())
        .containsExactly("step-00000002");

    TinyRunAccess fresh = TinyRunAccess.create(5);
    MultiTaskLoop<?> resumed = new MultiTaskLoop<>(CONFIG, fresh.parts(), tmp, "preset: x\n");
    resumed.resume(loop.checkpoints().latest().orElseThrow());
    LoopResult r = resumed.run();
    assertThat(r.steps()).isEqualTo(4);
    try (Stream<Path> s = Files.list(root)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".tmp-"));
    }
  }

  @Test
  void checkpointHoldsAHuggingFaceModelAdaptersOptimizerStateAndPreset() {
    TinyRunAccess run = TinyRunAccess.create(2);
    MultiTaskLoop<?> loop = new MultiTaskLoop<>(CONFIG.withTotalSteps(2), run.parts(), tmp, "preset: y\n");
    Path dir = loop.run().lastCheckpoint();

    Qwen2Checkpoint hf = Qwen2Checkpoint.load(dir);
    assertThat(hf.parameters().keys()).allMatch(k -> k.startsWith("model."));
    try (SafetensorsFile adapters = SafetensorsFile.open(dir.resolve(CheckpointFiles.ADAPTERS))) {
      assertThat(adapters.tensors().keySet()).containsExactly(TinyRunAccess.ADAPTER_KEY);
    }
    assertThat(CheckpointReader.optimizerState(dir.resolve(CheckpointFiles.OPTIMIZER)).step()).isEqualTo(2);
    assertThat(CheckpointReader.presetText(dir)).isEqualTo("preset: y\n");
    assertThat(CheckpointReader.loopState(dir).positions()).containsKeys("count", "mirror");

    TinyRunAccess fresh = TinyRunAccess.create(7);
    CheckpointReader.restore(dir, fresh.parts().model());
    for (String key : run.parts().model().parameters().keys()) {
      assertThat(fresh.parts().model().parameters().get(key)
          .equalsWithEps(run.parts().model().parameters().get(key), 0)).as(key).isTrue();
    }
  }

  @Test
  void restoreRejectsACheckpointOfAnotherModelNamingTheKey() {
    TinyRunAccess run = TinyRunAccess.create(2);
    Path dir = new MultiTaskLoop<>(CONFIG.withTotalSteps(1), run.parts(), tmp, "p\n").run().lastCheckpoint();
    TinyRunAccess other = TinyRunAccess.create(3);
    other.parts().model().parameters().put("adapters.extra.bias", Nd4j.zeros(2));
    assertThatThrownBy(() -> CheckpointReader.restore(dir, other.parts().model()))
        .hasMessageContaining("missing [adapters.extra.bias]");
  }
}
