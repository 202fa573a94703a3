package io.ofa4j.runtime.multitask;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Thrown when more than {@code max_non_finite_steps} steps in a row had a NaN/inf loss or gradient. */
public final class NonFiniteStepsException extends RuntimeException {
  private final long step;
  private final List<String> tasks;
  private final transient Path lastGoodCheckpoint;

  /**
   * @param step loop step (1-based) of the last non-finite step
   * @param tasks tasks whose loss was non-finite there
   * @param inARow consecutive non-finite steps
   * @param limit the configured tolerance
   * @param lastGoodCheckpoint the newest checkpoint, or {@code null}
   */
  public NonFiniteStepsException(long step, List<String> tasks, int inARow, int limit, Path lastGoodCheckpoint) {
    super(inARow + " consecutive non-finite steps (max_non_finite_steps is " + limit
        + "); the last at step " + step + " in task(s) " + tasks + "; last good checkpoint: "
        + (lastGoodCheckpoint == null ? "none" : lastGoodCheckpoint));
    this.step = step;
    this.tasks = List.copyOf(tasks);
    this.lastGoodCheckpoint = lastGoodCheckpoint;
  }

  /** Step of the last non-finite step (1-based). */
  public long step() {
    return step;
  }

  /** Tasks whose loss was non-finite at {@link #step()}. */
  public List<String> tasks() {
    return tasks;
  }

  /** The newest checkpoint written before the run stopped. */
  public Optional<Path> lastGoodCheckpoint() {
    return Optional.ofNullable(lastGoodCheckpoint);
  }
}
