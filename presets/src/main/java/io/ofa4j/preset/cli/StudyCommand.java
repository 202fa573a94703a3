package io.ofa4j.preset.cli;

import io.ofa4j.preset.recipe.Preset;
import io.ofa4j.preset.run.Services;
import io.ofa4j.preset.study.SpecialistPresets;
import io.ofa4j.preset.study.StepSplit;
import io.ofa4j.preset.study.Study;
import io.ofa4j.preset.study.StudyFiles;
import io.ofa4j.preset.study.StudyResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ofa4j study --preset NAME|FILE [--set k=v]... [--specialist-steps N] [--tasks a,b] [--out
 * DIR]}: the generalist-vs-specialists comparison of OFASys (its OFA+ reaches 95% of its
 * task-finetuned models on average). Trains the preset as it is (the generalist), then one
 * single-task specialist per task with the same model, trainer settings, seed and data, and prints
 * per task both scores on the same validation examples, the generalist's score as a percentage of
 * the specialist's and the trivial baseline, then the mean percentage; the table is also written
 * as {@code study.json} and {@code study.md}. The OFASys abstract does not fix the specialists'
 * training length, so by default compute is equal: each specialist trains on as many micro-batches
 * of its task as the generalist's schedule gave that task ({@link StepSplit}); {@code
 * --specialist-steps N} gives every specialist N steps instead.
 */
@Command(name = "study", mixinStandardHelpOptions = true,
    description = {"Generalist vs specialists, as OFASys compares OFA+ with its task-finetuned models (95% "
        + "on average): train the preset on all its tasks, then one specialist per task (same model, trainer "
        + "settings, seed and data), and print each task's scores on the same validation examples, the "
        + "generalist as % of the specialist, the baseline and the mean %.",
        "",
        "Steps: OFASys does not say how long its specialists train. Default (equal compute): the specialists "
        + "together train the generalist's steps, each the steps its task received in the generalist's "
        + "schedule (replayed from trainer.seed), so it sees as many examples of its task as the generalist "
        + "did; with scheduling all_tasks every step holds every task, so each gets all the generalist's "
        + "steps. --specialist-steps N: N steps each.",
        "",
        "Percentage: 100 x generalist / specialist for ^ metrics (higher is better); 100 x specialist / "
        + "generalist for v metrics (lower is better, e.g. WER), so 100% is a tie and below 100% the "
        + "generalist is worse either way; n/a (left out of the mean) when the denominator is 0 and the "
        + "numerator is not.",
        ""},
    footer = {"", "Examples:", "  ofa4j study --preset quickstart",
        "  ofa4j study --preset quickstart --tasks sst2,refcoco --set trainer.steps=200 --out /tmp/study",
        "  ofa4j study --preset quickstart --specialist-steps 1100"})
final class StudyCommand implements Callable<Integer> {
  @Option(names = "--preset", required = true, paramLabel = "NAME|FILE",
      description = "Shipped preset name or YAML file: the generalist, with at least two tasks.")
  String preset;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override a value of the generalist's preset (the specialists inherit it), e.g. trainer.steps=200.")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--specialist-steps", paramLabel = "N",
      description = "Train every specialist N steps (default: equal compute, see above).")
  Integer specialistSteps;

  @Option(names = "--tasks", split = ",", paramLabel = "TASK",
      description = "Study only these tasks of the preset (comma-separated): the generalist trains on them, one "
          + "specialist each.")
  List<String> tasks;

  @Option(names = "--out", paramLabel = "DIR", description = "Study directory (default: runs/study-<preset>-<time>).")
  Path out;

  @Option(names = "--plan-only", description = "Print the specialists' steps and stop (trains nothing).")
  boolean planOnly;

  @Option(names = "--progress-every", defaultValue = "50",
      description = "Steps between progress lines (default: ${DEFAULT-VALUE}).")
  int progressEvery;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter pw = spec.commandLine().getOut();
    if (specialistSteps != null && specialistSteps <= 0) {
      throw new CliException("error: --specialist-steps must be > 0, found " + specialistSteps);
    }
    NativeNoise.install();
    Services services = Services.create();
    Preset p = PresetInput.load(services.presets(), preset, overrides).preset();
    if (tasks != null && !tasks.isEmpty()) {
      p = SpecialistPresets.restrict(p, tasks);
    }
    StepSplit split = Study.plan(p, specialistSteps); // fails before any training
    if (planOnly) {
      printPlan(pw, split);
      return 0;
    }
    Path dir = out != null ? out
        : Path.of("runs", "study-" + p.name() + "-"
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    StudyResult r = Study.run(services, p, new Study.Options(dir, specialistSteps, WriterStream.of(pw), progressEvery));
    pw.println();
    pw.println("generalist vs specialists (^ higher is better, v lower is better):");
    pw.print(r.table());
    pw.println(r.table().summary() + " (OFASys reports 95% for OFA+)");
    if (r.table().rows().stream().anyMatch(row -> !row.higherIsBetter())) {
      pw.println("v metrics: the percentage is 100 x specialist / generalist (the inverse error ratio)");
    }
    pw.printf(Locale.ROOT, "wall time: generalist %.1f s, specialists %.1f s%n", r.generalistSeconds(),
        r.specialistsSeconds());
    pw.println("table: " + dir.resolve(StudyFiles.JSON) + ", " + dir.resolve(StudyFiles.MARKDOWN));
    pw.flush();
    return 0;
  }

  private static void printPlan(PrintWriter pw, StepSplit split) {
    pw.println(StudyFiles.protocol(split));
    pw.printf(Locale.ROOT, "| %-14s | %13s | %16s |%n", "task", "micro-batches", "specialist steps");
    pw.printf(Locale.ROOT, "|%s|%s:|%s:|%n", "-".repeat(16), "-".repeat(14), "-".repeat(17));
    for (int i = 0; i < split.tasks().size(); i++) {
      pw.printf(Locale.ROOT, "| %-14s | %13d | %16d |%n", split.tasks().get(i), split.generalistMicroBatches().get(i),
          split.specialistSteps().get(i));
    }
    pw.printf(Locale.ROOT, "generalist %d steps, specialists %d steps in all%n", split.generalistSteps(),
        split.totalSpecialistSteps());
    pw.flush();
  }
}
