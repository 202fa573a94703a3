package io.ofa4j.runtime.multitask.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointDirectoryTest {
  @TempDir Path root;

  private void checkpoint(long step, boolean complete) throws Exception {
    Path d = Files.createDirectories(root.resolve(CheckpointFiles.dirName(step)));
    if (complete) {
      Files.writeString(d.resolve(CheckpointFiles.TRAINER_STATE), "{}");
    }
  }

  @Test
  void keepsTheLastKAndTheBestAndIgnoresIncompleteOrTemporaryDirectories() throws Exception {
    for (long s : new long[] {10, 20, 30, 40, 50}) {
      checkpoint(s, true);
    }
    checkpoint(60, false); // no trainer_state.json: never a checkpoint
    Files.createDirectories(root.resolve(".tmp-step-00000070-123"));
    CheckpointDirectory dir = new CheckpointDirectory(root);
    assertThat(dir.latest()).contains(root.resolve("step-00000050"));

    dir.prune(2, "step-00000020");
    assertThat(dir.list()).extracting(p -> p.getFileName().toString())
        .containsExactly("step-00000020", "step-00000040", "step-00000050");
    assertThat(root.resolve(".tmp-step-00000070-123")).doesNotExist();
  }

  @Test
  void namesSortNumericallyPastEightDigits() {
    assertThat(CheckpointFiles.dirName(7)).isEqualTo("step-00000007");
    assertThat(CheckpointFiles.stepOf("step-123456789")).contains(123456789L);
    assertThat(CheckpointFiles.stepOf(".tmp-step-00000001-5")).isEmpty();
  }
}
