package io.ofa4j.preset.study;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a study's table as {@code study.json} (full-precision scores; undefined values as
 * {@code null}) and {@code study.md} (the printed table with the protocol and the percentage rule).
 */
public final class StudyFiles {
  /** The JSON file name. */
  public static final String JSON = "study.json";
  /** The Markdown file name. */
  public static final String MARKDOWN = "study.md";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private StudyFiles() {}

  /** Writes both files into {@code dir}. */
  public static void write(Path dir, StudyResult result) {
    requireNonNull(dir, "dir is null");
    requireNonNull(result, "result is null");
    writeString(dir.resolve(JSON), json(result));
    writeString(dir.resolve(MARKDOWN), markdown(result));
  }

  /** The JSON text of {@code result}. */
  public static String json(StudyResult result) {
    StudyTable t = result.table();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("preset", t.preset());
    root.put("split_rule", t.split().rule().name().toLowerCase(Locale.ROOT));
    root.put("generalist_steps", t.split().generalistSteps());
    root.put("specialist_steps_total", t.split().totalSpecialistSteps());
    root.put("percent_rule", StudyTable.rule());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (StudyRow r : t.rows()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("task", r.task());
      row.put("metric", r.metric());
      row.put("higher_is_better", r.higherIsBetter());
      row.put("generalist", finite(r.generalist()));
      row.put("specialist", finite(r.specialist()));
      row.put("generalist_percent_of_specialist", finite(r.percent()));
      row.put("baseline", finite(r.baseline()));
      row.put("specialist_steps", r.specialistSteps());
      row.put("generalist_micro_batches", r.generalistMicroBatches());
      row.put("validation_examples", r.examples());
      rows.add(row);
    }
    root.put("rows", rows);
    root.put("mean_percent", finite(t.meanPercent()));
    root.put("tasks_with_percent", t.definedPercents());
    root.put("generalist_run", result.generalistRun().toString());
    root.put("specialist_runs", result.specialistRuns().entrySet().stream()
        .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue().toString()), Map::putAll));
    root.put("generalist_seconds", result.generalistSeconds());
    root.put("specialists_seconds", result.specialistsSeconds());
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  /** The Markdown text of {@code result}. */
  public static String markdown(StudyResult result) {
    StudyTable t = result.table();
    StepSplit s = t.split();
    return "# Generalist vs specialists: preset `" + t.preset() + "`\n\n"
        + protocol(s) + "\n\n"
        + t + "\n"
        + t.summary() + "\n\n"
        + "spec steps: the specialist's steps. " + StudyTable.rule() + ".\n\n"
        + String.format(Locale.ROOT, "wall time: generalist %.1f s, specialists %.1f s%n", result.generalistSeconds(),
            result.specialistsSeconds());
  }

  /** One sentence saying how the specialists' steps were chosen. */
  public static String protocol(StepSplit s) {
    return s.rule() == StepSplit.Rule.FIXED
        ? "The generalist trains " + s.generalistSteps() + " steps on all " + s.tasks().size()
            + " tasks; each specialist trains " + s.specialistSteps().get(0) + " steps on its task alone."
        : "The generalist trains " + s.generalistSteps() + " steps on all " + s.tasks().size() + " tasks; each "
            + "specialist trains as many steps as its task's micro-batches in the generalist's schedule (equal "
            + "compute: " + s.totalSpecialistSteps() + " specialist steps in all).";
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }

  private static void writeString(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
