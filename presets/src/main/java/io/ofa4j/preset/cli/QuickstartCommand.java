package io.ofa4j.preset.cli;

import io.ofa4j.planner.Planner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ofa4j quickstart}: for now plans the 30 shipped OFASys instructions and explains each in
 * a table (task, inputs, target, generator, loss spans). It will grow into the multi-task
 * training run; the explanation lives in {@link QuickstartGuide}.
 */
@Command(name = "quickstart", mixinStandardHelpOptions = true,
    description = "Plan and explain the 30 shipped OFASys task instructions.")
final class QuickstartCommand implements Callable<Integer> {

  static final String RESOURCE = "io/ofa4j/instruction/ofasys-instructions.txt";

  /** Task names of the resource's lines, in order (the resource holds only instructions). */
  static final List<String> TASKS = List.of("caption", "cola", "mnli", "mrpc", "qnli", "qqp",
      "sst2", "snli_ve", "gigaword", "refcoco", "grounded_caption", "detection", "text_to_image",
      "image_infilling", "imagenet", "vqa", "image_text_matching", "text_infilling",
      "video_classification", "video_caption", "video_qa", "asr", "tts", "spider", "dart",
      "fetaqa", "sudoku", "natural_instructions_v2", "motion", "detection_brackets");

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
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
