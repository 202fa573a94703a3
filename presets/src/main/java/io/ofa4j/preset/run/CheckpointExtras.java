package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.multitask.checkpoint.CheckpointFiles;
import io.ofa4j.runtime.multitask.checkpoint.WriteHook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Adds what {@code eval}, {@code infer} and {@code --resume} need besides weights to every
 * checkpoint: the tokenizer files and {@value #TASKS} (the task list). It runs as the checkpoint
 * writer's hook right after the model file lands in the temporary directory, so the extras are
 * fsynced and renamed into place together with the rest: a checkpoint is complete or absent.
 */
public final class CheckpointExtras implements WriteHook {
  /** The task list file. */
  public static final String TASKS = "tasks.json";

  private final Path tokenizerDir;
  private final String tasksJson;

  /**
   * @param tokenizerDir the run's tokenizer files
   * @param tasks the run's tasks
   */
  public CheckpointExtras(Path tokenizerDir, List<TaskData> tasks) {
    this.tokenizerDir = requireNonNull(tokenizerDir, "tokenizerDir is null");
    this.tasksJson = TaskList.write(requireNonNull(tasks, "tasks is null"));
  }

  @Override
  public void afterFile(Path file) {
    if (!file.getFileName().toString().equals(CheckpointFiles.MODEL)) {
      return;
    }
    Path dir = file.getParent();
    try {
      for (String name : List.of("tokenizer.json", "tokenizer_config.json")) {
        Path f = tokenizerDir.resolve(name);
        if (Files.isRegularFile(f) && !f.equals(dir.resolve(name))) {
          Files.copy(f, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Files.writeString(dir.resolve(TASKS), tasksJson, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add tokenizer and task list to checkpoint " + dir + ": "
          + e.getMessage(), e);
    }
  }
}
