package io.ofa4j.preset.cli;

import io.ofa4j.instruction.Suggestions;
import io.ofa4j.planner.Planner;
import io.ofa4j.planner.plan.SlotPlan;
import io.ofa4j.task.catalog.TaskCatalog;
import io.ofa4j.task.catalog.TaskCatalog.CatalogTask;
import io.ofa4j.task.data.Example;
import io.ofa4j.task.registry.BaselineReport;
import io.ofa4j.task.registry.SlotValues;
import io.ofa4j.task.registry.SyntheticTasks;
import io.ofa4j.task.synthetic.MediaCache;
import io.ofa4j.task.synthetic.Split;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ofa4j data TASK --synthetic --out DIR}: writes a task's synthetic split as JSON Lines
 * ({@code DIR/<split>.jsonl}, one example per line with the instruction's slot names), its media
 * copied to {@code DIR/media/<split>/} and referenced by relative paths, and {@code
 * DIR/baseline.json}: the trivial baseline's score with the task's primary metric.
 */
@Command(name = "data", mixinStandardHelpOptions = true,
    description = "Write a task's synthetic dataset as JSONL with its media and baseline.json.")
final class DataCommand implements Callable<Integer> {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Parameters(index = "0", paramLabel = "TASK", description = "Catalog task name (see: ofa4j tasks).")
  String task;

  @Option(names = "--synthetic", description = "Generate the task's synthetic dataset (required).")
  boolean synthetic;

  @Option(names = "--seed", defaultValue = "1", description = "Dataset seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--split", defaultValue = "train", paramLabel = "train|validation",
      description = "Split to write (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--limit", paramLabel = "N", description = "Write only the first N examples.")
  Integer limit;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Media cache root (default: $OFA4J_CACHE or ~/.cache/ofa4j/synthetic).")
  Path cache;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    if (!synthetic) {
      throw new CliException("error: only --synthetic data can be written; real datasets are read "
          + "with the reader of their format (see formats in: ofa4j tasks)");
    }
    if (limit != null && limit < 0) {
      throw new CliException("error: --limit must be >= 0 but was " + limit);
    }
    TaskCatalog catalog = TaskCatalog.load(Planner.builtIn());
    CatalogTask t = catalog.find(task).orElseThrow(() -> new CliException("error: unknown task '"
        + task + "'" + Suggestions.didYouMean(task, catalog.names()).map(s -> "; " + s).orElse("")
        + " (see: ofa4j tasks)"));
    if (!t.spec().trainable() || t.spec().synthetic() == null) {
      throw new CliException("error: task '" + task + "' is planned only: it has no synthetic "
          + "dataset until its target modality can be generated");
    }
    Split s = Split.parse(split);
    Path root = cache == null ? MediaCache.defaultRoot() : cache;
    SyntheticTasks data = SyntheticTasks.builtIn();
    List<Example> examples = data.examples(t, seed, s, limit == null ? -1 : limit, root);
    Path jsonl = write(t, s, examples);
    BaselineReport report = data.baseline(t, seed, s, examples, root);
    writeString(out.resolve("baseline.json"),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
    stdout.printf("wrote %d %s examples of %s (generator %s, seed %d) to %s%n", examples.size(),
        s.word(), task, report.generator(), seed, jsonl);
    stdout.printf("baseline (%s): %s = %.4f%n", report.baseline(), report.metric(), report.value());
    stdout.flush();
    return 0;
  }

  private Path write(CatalogTask t, Split s, List<Example> examples) {
    Path media = out.resolve("media").resolve(s.word());
    Map<Path, String> copied = new HashMap<>();
    StringBuilder sb = new StringBuilder();
    List<String> slots = t.plan().template(1).slots().stream().map(SlotPlan::name).distinct().toList();
    for (Example e : examples) {
      Map<String, Object> line = new LinkedHashMap<>();
      for (String slot : slots) {
        line.put(slot, SlotValues.plain(e.get(slot), p -> copied.computeIfAbsent(p, q -> copy(q, media))));
      }
      sb.append(JSON.writeValueAsString(line)).append('\n');
    }
    Path jsonl = out.resolve(s.word() + ".jsonl");
    writeString(jsonl, sb.toString());
    return jsonl;
  }

  /** Copies a media file beside the JSONL; returns its path relative to the output folder. */
  private String copy(Path file, Path media) {
    try {
      Files.createDirectories(media);
      Path target = media.resolve(file.getFileName());
      Path tmp = Files.createTempFile(media, ".tmp-", "");
      Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return out.relativize(target).toString().replace('\\', '/');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + file + " to " + media + ": " + e.getMessage(), e);
    }
  }

  private static void writeString(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
