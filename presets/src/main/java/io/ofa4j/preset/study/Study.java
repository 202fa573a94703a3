package io.ofa4j.preset.study;

import static java.util.Objects.requireNonNull;

import io.ofa4j.preset.recipe.Preset;
import io.ofa4j.preset.run.EvalTable;
import io.ofa4j.preset.run.Services;
import io.ofa4j.preset.run.TrainResult;
import io.ofa4j.preset.run.TrainRun;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A generalist-vs-specialists study, the comparison behind OFASys's "the single OFA+ model achieves
 * 95% performance in average ... of 15 task-finetuned models": one model trained on all the
 * preset's tasks (the generalist, the preset as it is) and one model per task trained on that task
 * alone (the specialists), each scored on the same validation examples, the generalist's score
 * reported as a percentage of each specialist's ({@link RelativeScore}).
 *
 * <p>The OFASys abstract does not say how long its task-finetuned models trained. Here the
 * specialists share the generalist's model configuration and initialisation (same seed), trainer
 * settings (learning rate, warmup, cosine decay over their own steps, micro-batch sizes) and data
 * (same seed, so the same training and validation examples; the shuffling order of a task's stream
 * differs because it is seeded by the task's position); only the task list, the steps and the
 * stages' lengths change. How many steps: {@link StepSplit}.
 *
 * <p>Layout of the output directory: {@code generalist/} and {@code specialist-TASK/} (ordinary run
 * directories with checkpoints, {@code metrics.jsonl} and report), {@code study.json} and
 * {@code study.md}.
 */
public final class Study {
  private static final Logger LOG = LoggerFactory.getLogger(Study.class);

  /**
   * How to run.
   *
   * @param out the study directory
   * @param specialistSteps steps of every specialist, or null for the equal-compute split
   * @param progress where progress lines go, or null
   * @param progressEvery steps between progress lines
   */
  public record Options(Path out, Integer specialistSteps, PrintStream progress, int progressEvery) {
    public Options {
      requireNonNull(out, "out is null");
    }
  }

  private Study() {}

  /**
   * The split a study of {@code generalist} would use, checked before anything trains.
   *
   * @throws IllegalArgumentException when the preset has fewer than two tasks or a task would get no step
   */
  public static StepSplit plan(Preset generalist, Integer specialistSteps) {
    requireNonNull(generalist, "generalist is null");
    if (generalist.tasks().size() < 2) {
      throw new IllegalArgumentException("preset '" + generalist.name() + "' has " + generalist.tasks().size()
          + " task (" + generalist.tasks().get(0).name() + "): a study compares a multi-task generalist with "
          + "single-task specialists, so it needs at least two tasks");
    }
    StepSplit split = StepSplit.of(generalist, specialistSteps);
    for (int i = 0; i < split.tasks().size(); i++) {
      // fails early when the stages cannot be scaled to a specialist's length
      SpecialistPresets.specialist(generalist, split.tasks().get(i), split.specialistSteps().get(i));
    }
    return split;
  }

  /** Trains the generalist, then every specialist, and writes {@code study.json} and {@code study.md}. */
  public static StudyResult run(Services services, Preset generalist, Options options) {
    requireNonNull(services, "services is null");
    requireNonNull(options, "options is null");
    StepSplit split = plan(generalist, options.specialistSteps());
    say(options, "study of preset '" + generalist.name() + "': " + StudyFiles.protocol(split));
    Path generalistDir = options.out().resolve("generalist");
    say(options, String.format(Locale.ROOT, "generalist: tasks %s, %d steps -> %s", split.tasks(),
        split.generalistSteps(), generalistDir));
    long t0 = System.nanoTime();
    TrainResult g = TrainRun.run(services, generalist, runOptions(generalistDir, options));
    double generalistSeconds = (System.nanoTime() - t0) / 1e9;
    Map<String, Path> specialistDirs = new LinkedHashMap<>();
    Map<String, EvalTable.Row> specialistRows = new LinkedHashMap<>();
    long t1 = System.nanoTime();
    for (int i = 0; i < split.tasks().size(); i++) {
      String task = split.tasks().get(i);
      int steps = split.specialistSteps().get(i);
      Path dir = options.out().resolve("specialist-" + task);
      say(options, String.format(Locale.ROOT, "specialist %d/%d '%s': %d steps (%d micro-batches of it in the "
          + "generalist's schedule) -> %s", i + 1, split.tasks().size(), task, steps,
          split.generalistMicroBatches().get(i), dir));
      TrainResult s = TrainRun.run(services, SpecialistPresets.specialist(generalist, task, steps),
          runOptions(dir, options));
      specialistDirs.put(task, dir);
      specialistRows.put(task, s.table().row(task));
    }
    double specialistsSeconds = (System.nanoTime() - t1) / 1e9;
    List<StudyRow> rows = new ArrayList<>();
    for (int i = 0; i < split.tasks().size(); i++) {
      String task = split.tasks().get(i);
      rows.add(row(g.table().row(task), specialistRows.get(task), split.specialistSteps().get(i),
          split.generalistMicroBatches().get(i)));
    }
    StudyResult result = new StudyResult(new StudyTable(generalist.name(), split, rows), generalistDir,
        specialistDirs, generalistSeconds, specialistsSeconds);
    StudyFiles.write(options.out(), result);
    LOG.info("study of '{}' done: {}", generalist.name(), result.table().summary());
    return result;
  }

  /** Joins the generalist's and the specialist's row of one task, which must score the same examples. */
  static StudyRow row(EvalTable.Row generalist, EvalTable.Row specialist, int steps, long microBatches) {
    if (!generalist.task().equals(specialist.task()) || !generalist.metric().equals(specialist.metric())
        || generalist.examples() != specialist.examples()) {
      throw new IllegalStateException("task '" + generalist.task() + "': the generalist scored " + generalist.metric()
          + " on " + generalist.examples() + " examples but the specialist " + specialist.metric() + " on "
          + specialist.examples() + "; they must score the same validation examples");
    }
    return new StudyRow(generalist.task(), generalist.metric(), generalist.higherIsBetter(), generalist.value(),
        specialist.value(), generalist.baseline(), steps, microBatches, generalist.examples());
  }

  private static TrainRun.Options runOptions(Path dir, Options options) {
    return new TrainRun.Options(dir, null, options.progress(), options.progressEvery(), 0);
  }

  private static void say(Options options, String line) {
    LOG.info(line);
    if (options.progress() != null) {
      options.progress().println(line);
      options.progress().flush();
    }
  }
}
