package io.ofa4j.preset.cli;

import io.ofa4j.planner.Planner;
import io.ofa4j.preset.run.TrainResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ofa4j quickstart}: the main job. Trains the {@code quickstart} preset (a small Qwen2 from
 * scratch on synthetic sentiment, captioning, VQA, grounding, ASR and table-to-text data), prints
 * the evaluation table with each task's metric next to its trivial baseline, then predicts a
 * fresh example of every task with the produced checkpoint (the same path as {@code ofa4j
 * infer}). {@code --explain} prints the plan table of the 30 shipped OFASys instructions instead.
 */
@Command(name = "quickstart", mixinStandardHelpOptions = true,
    description = {"Train the quickstart preset (six tasks, from scratch, synthetic data), print the",
        "evaluation table against the baselines and predict a fresh example of every task."},
    footer = {"", "Examples:", "  ofa4j quickstart", "  ofa4j quickstart --set trainer.steps=100 --out /tmp/qs",
        "  ofa4j quickstart --explain"})
final class QuickstartCommand implements Callable<Integer> {

  static final String RESOURCE = "io/ofa4j/instruction/ofasys-instructions.txt";

  /** Task names of the resource's lines, in order (the resource holds only instructions). */
  static final List<String> TASKS = List.of("caption", "cola", "mnli", "mrpc", "qnli", "qqp",
      "sst2", "snli_ve", "gigaword", "refcoco", "grounded_caption", "detection", "text_to_image",
      "image_infilling", "imagenet", "vqa", "image_text_matching", "text_infilling",
      "video_classification", "video_caption", "video_qa", "asr", "tts", "spider", "dart",
      "fetaqa", "sudoku", "natural_instructions_v2", "motion", "detection_brackets");

  @Option(names = "--explain", description = "Only plan and explain the 30 shipped OFASys instructions.")
  boolean explain;

  @Option(names = "--preset", defaultValue = "quickstart", paramLabel = "NAME|FILE",
      description = "Preset to train (default: ${DEFAULT-VALUE}).")
  String preset;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a value, e.g. trainer.steps=100.")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Run directory (default: runs/quickstart-<time>).")
  Path out;

  @Option(names = "--progress-every", defaultValue = "25", description = "Steps between progress lines (default: ${DEFAULT-VALUE}).")
  int progressEvery;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (explain) {
      return explain();
    }
    PrintWriter out = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    TrainResult r = TrainCommand.train(spec, preset, overrides, null, this.out, progressEvery);
    out.println();
    out.println("evaluation after " + r.steps() + " steps (^ higher is better, v lower is better):");
    out.print(r.table());
    long beaten = r.table().rows().stream().filter(row -> row.beats(1e-9)).count();
    out.println(beaten + " of " + r.table().rows().size() + " tasks beat their trivial baseline");
    out.println();
    out.println("predictions of fresh examples (checkpoint " + r.checkpoint() + "):");
    out.flush();
    QuickstartDemo.predict(out, r.checkpoint());
    out.printf(Locale.ROOT, "%nwall time %.1f s (data + model %.1f s, training + evaluation %.1f s); report %s%n",
        (System.nanoTime() - t0) / 1e9, r.dataSeconds(), r.trainSeconds(), r.report());
    out.flush();
    return 0;
  }

  private int explain() {
    PrintWriter out = spec.commandLine().getOut();
    List<QuickstartGuide.Task> tasks = shippedTasks();
    List<QuickstartGuide.Row> rows = new QuickstartGuide(Planner.builtIn()).explain(tasks);
    out.println("ofa4j quickstart: " + tasks.size() + " OFASys task instructions planned for one "
        + "shared Qwen2 decoder (chat layout).");
    out.println();
    out.print(QuickstartGuide.table(rows));
    long failed = rows.stream().filter(r -> r.problem() != null).count();
    long plannedOnly = rows.stream().filter(r -> r.generator().contains("PLANNED_ONLY")).count();
    out.println();
    out.println("loss spans: generated target slots (not no_loss), the end marker of a "
        + "generated span and the closing token; "
        + "source slots and target-side text are context.");
    out.println(plannedOnly + " task(s) are planned only (generation of images, speech or "
        + "motion is not implemented).");
    out.flush();
    return failed == 0 ? 0 : Main.EXIT_INTERNAL;
  }

  /** The shipped instructions, named in file order. */
  static List<QuickstartGuide.Task> shippedTasks() {
    InputStream in = QuickstartCommand.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("classpath resource " + RESOURCE + " is missing");
    }
    List<QuickstartGuide.Task> tasks = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int i = tasks.size();
        tasks.add(new QuickstartGuide.Task(i < TASKS.size() ? TASKS.get(i) : "task_" + (i + 1),
            line.trim()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return tasks;
  }
}
