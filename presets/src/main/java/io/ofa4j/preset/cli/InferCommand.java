package io.ofa4j.preset.cli;

import io.ofa4j.preset.run.CheckpointSession;
import io.ofa4j.preset.run.InferResult;
import io.ofa4j.preset.run.Services;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ofa4j infer --checkpoint DIR (--task T | --instruction "...") --input slot=value...}:
 * one prediction as JSON (text, label, box in pixels, list of boxes).
 */
@Command(name = "infer", mixinStandardHelpOptions = true,
    description = {"Predict one example with a checkpoint and print the typed result as JSON.",
        "Media slots (IMAGE, AUDIO, VIDEO, MOTION) take file paths; BOX takes x0,y0,x1,y1."},
    footer = {"", "Examples:",
        "  ofa4j infer --checkpoint RUN --task caption --input img=photo.png",
        "  ofa4j infer --checkpoint RUN --task refcoco --input img=scene.png --input cap=\"the red circle\"",
        "  ofa4j infer --checkpoint RUN --instruction \"[IMAGE:img] what does the image describe? -> [TEXT:cap]\""
            + " --input img=photo.png"})
final class InferCommand implements Callable<Integer> {
  @Option(names = "--checkpoint", required = true, paramLabel = "DIR",
      description = "A checkpoint directory (or a run directory: its latest checkpoint).")
  Path checkpoint;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  /** Exactly one of a trained task or an ad-hoc instruction. */
  static final class Target {
    @Option(names = "--task", paramLabel = "T", description = "One of the checkpoint's tasks.")
    String task;

    @Option(names = "--instruction", paramLabel = "TEXT", description = "An ad-hoc one-line instruction.")
    String instruction;
  }

  @Option(names = "--input", paramLabel = "SLOT=VALUE", description = "A source slot's value (repeat per slot).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--labels", split = ",", paramLabel = "A,B,..",
      description = "Label set of a closed_set target (ad-hoc instructions).")
  List<String> labels = new ArrayList<>();

  @Option(names = "--max-new-tokens", defaultValue = "32", description = "Decoding cap for --instruction (default: ${DEFAULT-VALUE}).")
  int maxNewTokens;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Map<String, String> values = parse(inputs);
    NativeNoise.install();
    CheckpointSession session = CheckpointSession.open(Services.create(), checkpoint);
    InferResult r = target.task != null ? session.inferTask(target.task, values)
        : session.inferInstruction(target.instruction, labels, maxNewTokens, values);
    PrintWriter out = spec.commandLine().getOut();
    out.println(r.toJson());
    out.flush();
    return 0;
  }

  /** {@code slot=value} pairs; a malformed or repeated one is a usage error naming it. */
  static Map<String, String> parse(List<String> inputs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String s : inputs) {
      int eq = s.indexOf('=');
      if (eq <= 0) {
        throw new CliException("error: --input '" + s + "' is not SLOT=VALUE");
      }
      if (out.put(s.substring(0, eq).strip(), s.substring(eq + 1)) != null) {
        throw new CliException("error: --input gives slot '" + s.substring(0, eq).strip() + "' twice");
      }
    }
    return out;
  }
}
