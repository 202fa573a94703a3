package io.ofa4j.preset.cli;

import io.ofa4j.preset.run.CheckpointSession;
import io.ofa4j.preset.run.EvalTable;
import io.ofa4j.preset.run.Services;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ofa4j eval --checkpoint DIR [--task T]}: the evaluation table of a trained checkpoint. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Evaluate a checkpoint on its tasks' validation splits (regenerated from its preset),",
        "next to each task's trivial baseline."},
    footer = {"", "Example:", "  ofa4j eval --checkpoint runs/quickstart/checkpoints/step-00000600 --task caption"})
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--checkpoint", required = true, paramLabel = "DIR",
      description = "A checkpoint directory (or a run directory: its latest checkpoint).")
  Path checkpoint;

  @Option(names = "--task", paramLabel = "T", description = "Only this task (default: all of the checkpoint's).")
  String task;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    NativeNoise.install();
    PrintWriter out = spec.commandLine().getOut();
    CheckpointSession session = CheckpointSession.open(Services.create(), checkpoint);
    EvalTable table = session.evaluate(task);
    out.println("evaluation of " + session.dir() + " (^ higher is better, v lower is better):");
    out.print(table);
    out.flush();
    return 0;
  }
}
