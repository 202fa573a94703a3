package io.ofa4j.preset.cli;

import io.ofa4j.preset.recipe.Preset;
import io.ofa4j.preset.recipe.PresetLoader;
import io.ofa4j.preset.run.Services;
import io.ofa4j.preset.run.TrainResult;
import io.ofa4j.preset.run.TrainRun;
import io.ofa4j.runtime.multitask.checkpoint.CheckpointDirectory;
import io.ofa4j.runtime.multitask.checkpoint.CheckpointFiles;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ofa4j train --preset NAME|FILE [--set k=v]... [--resume DIR] [--out DIR]}: trains a preset
 * (multi-task loop, evaluations, checkpoints, metrics.jsonl, HTML report) and prints the final
 * evaluation table against each task's trivial baseline.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Train a preset: model from scratch (or model.checkpoint), synthetic data per task,",
        "evaluation against each task's trivial baseline, checkpoints and an HTML report."},
    footer = {"", "Examples:", "  ofa4j train --preset quickstart --set trainer.steps=50",
        "  ofa4j train --resume runs/quickstart/checkpoints/step-00000200"})
final class TrainCommand implements Callable<Integer> {
  @Option(names = "--preset", paramLabel = "NAME|FILE",
      description = "Shipped preset name or YAML file (default with --resume: the checkpoint's own preset).")
  String preset;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a value, e.g. trainer.steps=500.")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--resume", paramLabel = "DIR", description = "Continue from a checkpoint (or a run directory's latest).")
  Path resume;

  @Option(names = "--out", paramLabel = "DIR", description = "Run directory (default: runs/<preset>-<time>).")
  Path out;

  @Option(names = "--progress-every", defaultValue = "10", description = "Steps between progress lines (default: ${DEFAULT-VALUE}).")
  int progressEvery;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter pw = spec.commandLine().getOut();
    TrainResult r = train(spec, preset, overrides, resume, out, progressEvery);
    pw.println();
    pw.println("final evaluation (" + r.steps() + " steps; ^ higher is better, v lower is better):");
    pw.print(r.table());
    pw.printf(java.util.Locale.ROOT, "data + model %.1f s, training + evaluation %.1f s%n", r.dataSeconds(),
        r.trainSeconds());
    pw.println("checkpoint: " + r.checkpoint());
    pw.println("report:     " + r.report());
    pw.flush();
    return 0;
  }

  /** Shared by {@code train} and {@code quickstart}. */
  static TrainResult train(CommandSpec spec, String preset, List<String> overrides, Path resume, Path out,
      int progressEvery) {
    PrintWriter pw = spec.commandLine().getOut();
    NativeNoise.install();
    Path checkpoint = resume == null ? null : checkpointOf(resume);
    if (preset == null && checkpoint == null) {
      throw new CliException("error: give --preset NAME|FILE (see 'ofa4j presets'), or --resume DIR");
    }
    Services services = Services.create();
    PresetLoader loader = services.presets();
    String source = preset != null ? preset : checkpoint.resolve(CheckpointFiles.PRESET).toString();
    Preset p = PresetInput.load(loader, source, overrides).preset();
    Path runDir = out != null ? out
        : checkpoint != null ? checkpoint.getParent().getParent()
        : Path.of("runs", p.name() + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    pw.println("training preset '" + p.name() + "': tasks " + p.tasks().stream().map(t -> t.name()).toList()
        + ", " + p.trainer().steps() + " steps -> " + runDir);
    pw.flush();
    return TrainRun.run(services, p, new TrainRun.Options(runDir, checkpoint, WriterStream.of(pw), progressEvery, 3));
  }

  /** A checkpoint directory, or a run directory's latest checkpoint. */
  static Path checkpointOf(Path dir) {
    if (Files.isRegularFile(dir.resolve(CheckpointFiles.TRAINER_STATE))) {
      return dir;
    }
    if (Files.isDirectory(dir.resolve("checkpoints"))) {
      return new CheckpointDirectory(dir.resolve("checkpoints")).latest().orElseThrow(() ->
          new CliException("error: run directory " + dir + " has no checkpoint yet"));
    }
    throw new CliException("error: " + dir + " is neither a checkpoint (no " + CheckpointFiles.TRAINER_STATE
        + ") nor a run directory (no checkpoints/)");
  }
}
