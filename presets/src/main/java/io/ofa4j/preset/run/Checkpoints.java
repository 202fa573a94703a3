package io.ofa4j.preset.run;

import io.ofa4j.runtime.multitask.checkpoint.CheckpointDirectory;
import io.ofa4j.runtime.multitask.checkpoint.CheckpointFiles;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the checkpoint a command means: a checkpoint directory itself, or a run directory's latest. */
public final class Checkpoints {
  private Checkpoints() {}

  /** The checkpoint {@code dir} names; fails with a message naming {@code dir} otherwise. */
  public static Path resolve(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("checkpoint directory not found: " + dir);
    }
    if (Files.isRegularFile(dir.resolve(CheckpointFiles.TRAINER_STATE))) {
      return dir;
    }
    if (Files.isDirectory(dir.resolve("checkpoints"))) {
      return new CheckpointDirectory(dir.resolve("checkpoints")).latest().orElseThrow(() ->
          new IllegalArgumentException("run directory " + dir + " has no checkpoint yet"));
    }
    throw new IllegalArgumentException(dir + " is neither a checkpoint (no " + CheckpointFiles.TRAINER_STATE
        + ") nor a run directory (no checkpoints/)");
  }
}
