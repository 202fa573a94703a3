package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code tasks.json} of a checkpoint: what {@code ofa4j infer} needs to predict a task without
 * its data (the instruction, the closed label set, the decoding cap, the metrics).
 */
public final class TaskList {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /**
   * One task.
   *
   * @param name task name
   * @param instruction the instruction it was trained with
   * @param labels closed label set (empty for free targets)
   * @param metrics metric names, primary first
   * @param maxNewTokens decoding cap
   */
  public record Entry(String name, String instruction, List<String> labels, List<String> metrics,
      @JsonProperty("max_new_tokens") int maxNewTokens) {
    public Entry {
      requireNonNull(name, "name is null");
      requireNonNull(instruction, "instruction of task '" + name + "' is null");
      labels = labels == null ? List.of() : List.copyOf(labels);
      metrics = metrics == null ? List.of() : List.copyOf(metrics);
      if (maxNewTokens <= 0) {
        throw new IllegalArgumentException("task '" + name + "': max_new_tokens must be > 0, found " + maxNewTokens);
      }
    }
  }

  private TaskList() {}

  /** The JSON text of {@code tasks}. */
  public static String write(List<TaskData> tasks) {
    List<Entry> entries = tasks.stream().map(t -> new Entry(t.name(), t.instruction(), t.labels(), t.metrics(),
        t.maxNewTokens())).toList();
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(entries) + "\n";
  }

  /** Reads {@code dir/tasks.json}. */
  public static List<Entry> read(Path dir) {
    Path file = dir.resolve(CheckpointExtras.TASKS);
    try {
      return List.copyOf(MAPPER.readValue(Files.readString(file), new TypeReference<List<Entry>>() {}));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("checkpoint " + dir + " has no " + CheckpointExtras.TASKS
          + ": not a checkpoint written by 'ofa4j train'");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (JacksonException | IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": malformed task list: " + e.getMessage(), e);
    }
  }
}
