package io.ofa4j.runtime.multitask.checkpoint;

import java.nio.file.Path;

/** Called after each file of a checkpoint is written (tests inject crashes here). */
@FunctionalInterface
public interface WriteHook {
  /** No-op hook. */
  WriteHook NONE = file -> { };

  /** {@code file} (in the temporary directory) is complete. */
  void afterFile(Path file);
}
