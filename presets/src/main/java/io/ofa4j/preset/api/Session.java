package io.ofa4j.preset.api;

import static java.util.Objects.requireNonNull;

import io.ofa4j.preset.config.PresetException;
import io.ofa4j.preset.recipe.Preset;
import io.ofa4j.preset.run.EvalTable;
import io.ofa4j.preset.run.InferResult;
import io.ofa4j.preset.run.Services;
import io.ofa4j.preset.run.TrainResult;
import io.ofa4j.preset.run.TrainRun;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A training session built fluently: a preset to start from, inline or catalog tasks with their
 * synthetic or reader data, overrides; {@link #train} runs it, after which {@link #evaluate} and {@link #infer} use the
 * final checkpoint. Without {@link #task} calls the preset's own tasks train.
 */
public final class Session {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private final Services services;
  private String preset = "base";
  private final List<Map<String, Object>> tasks = new ArrayList<>();
  private final List<String> overrides = new ArrayList<>();
  private Path out;
  private PrintStream progress;
  private int progressEvery = 10;
  private Trained trained;
  private TrainResult result;

  Session(Services services) {
    this.services = services;
  }

  /** Starts from a shipped preset (name) or a YAML file. */
  public Session preset(String nameOrPath) {
    this.preset = requireNonNull(nameOrPath, "nameOrPath is null");
    return this;
  }

  /** Adds a task with an inline instruction; give its data with {@link #synthetic}. */
  public Session task(String name, String instruction) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("name", requireNonNull(name, "name is null"));
    t.put("instruction", requireNonNull(instruction, "instruction is null"));
    tasks.add(t);
    return this;
  }

  /** Adds a catalog task by name (its own instruction and generator). */
  public Session task(String catalogName) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("name", requireNonNull(catalogName, "catalogName is null"));
    tasks.add(t);
    return this;
  }

  /** The last task's data: {@code train} examples of the synthetic generator (and a fifth as many to validate). */
  public Session synthetic(String generator, int train) {
    if (tasks.isEmpty()) {
      throw new IllegalStateException("synthetic(...) follows task(...)");
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("source", "synthetic:" + requireNonNull(generator, "generator is null"));
    data.put("train", train);
    data.put("validation", Math.max(10, train / 5));
    tasks.get(tasks.size() - 1).put("data", data);
    return this;
  }

  /**
   * The last task's data read from real files in a reader format (see {@code ofa4j tasks} for each
   * task's formats): training examples from {@code path} (a file, folder or glob), validation
   * examples from {@code validationPath} or, when null, the last {@code validation} records of
   * {@code path}; {@code train} caps the training examples (0 = all); malformed records are skipped
   * and counted.
   */
  public Session data(String format, Path path, Path validationPath, int train, int validation) {
    if (tasks.isEmpty()) {
      throw new IllegalStateException("data(...) follows task(...)");
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("source", requireNonNull(format, "format is null"));
    data.put("path", requireNonNull(path, "path is null").toAbsolutePath().toString());
    if (validationPath != null) {
      data.put("validation_path", validationPath.toAbsolutePath().toString());
    }
    data.put("train", train);
    data.put("validation", validation);
    data.put("on_malformed", "skip");
    tasks.get(tasks.size() - 1).put("data", data);
    return this;
  }

  /** The last task's slot mapping: format slot -> instruction slot ({@code data.columns}). */
  public Session columns(Map<String, String> formatToSlot) {
    if (tasks.isEmpty() || !(tasks.get(tasks.size() - 1).get("data") instanceof Map<?, ?>)) {
      throw new IllegalStateException("columns(...) follows data(...)");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) tasks.get(tasks.size() - 1).get("data");
    data.put("columns", new LinkedHashMap<>(requireNonNull(formatToSlot, "formatToSlot is null")));
    return this;
  }

  /** The last task's examples per micro-batch. */
  public Session microBatch(int size) {
    if (tasks.isEmpty()) {
      throw new IllegalStateException("microBatch(...) follows task(...)");
    }
    tasks.get(tasks.size() - 1).put("micro_batch_size", size);
    return this;
  }

  /** Overrides a preset value, e.g. {@code set("trainer.learning_rate", "0.003")}. */
  public Session set(String key, String value) {
    overrides.add(requireNonNull(key, "key is null") + "=" + requireNonNull(value, "value is null"));
    return this;
  }

  /** The run directory (default: a new temporary directory). */
  public Session out(Path dir) {
    this.out = requireNonNull(dir, "dir is null");
    return this;
  }

  /** Prints progress lines to {@code stream} every {@code every} steps. */
  public Session progress(PrintStream stream, int every) {
    this.progress = requireNonNull(stream, "stream is null");
    this.progressEvery = every;
    return this;
  }

  /** The preset this session describes (validated; problems as a {@link PresetException}). */
  public Preset resolve() {
    return services.presets().load(presetFile().toString(), overrides).preset();
  }

  /** Trains for {@code steps} steps. */
  public TrainResult train(int steps) {
    set("trainer.steps", Integer.toString(steps));
    return train();
  }

  /** Trains the preset's steps. */
  public TrainResult train() {
    Preset p = resolve();
    Path dir = out != null ? out : tempDir();
    result = TrainRun.run(services, p, new TrainRun.Options(dir, null, progress, progress == null ? 0 : progressEvery, 3));
    trained = Ofa4j.open(services, result.checkpoint());
    return result;
  }

  /** The final evaluation of the last {@link #train} (no re-scoring). */
  public EvalTable evaluate() {
    return trainedResult().table();
  }

  /** Predicts the single (or first) task of the session. */
  public InferResult infer(Map<String, ?> inputs) {
    Trained t = trained();
    return t.infer(t.tasks().get(0), inputs);
  }

  /** Predicts {@code task}. */
  public InferResult infer(String task, Map<String, ?> inputs) {
    return trained().infer(task, inputs);
  }

  /** The trained checkpoint. */
  public Trained trained() {
    trainedResult();
    return trained;
  }

  private TrainResult trainedResult() {
    if (result == null) {
      throw new IllegalStateException("train() first");
    }
    return result;
  }

  private Path presetFile() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("extends", preset);
    root.put("name", "session");
    if (!tasks.isEmpty()) {
      root.put("tasks", tasks);
    }
    try {
      Path f = Files.createTempFile("ofa4j-session-", ".yaml");
      f.toFile().deleteOnExit();
      Files.writeString(f, YAML.writeValueAsString(root));
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the session preset: " + e.getMessage(), e);
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("ofa4j-run-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a run directory: " + e.getMessage(), e);
    }
  }
}
