package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.encode.MultimodalBatch;
import io.ofa4j.modality.pipeline.encode.Collator;
import io.ofa4j.modality.pipeline.kit.KitContext;
import io.ofa4j.modality.pipeline.train.ExampleTaskStream;
import io.ofa4j.modality.pipeline.train.MultimodalStepFunction;
import io.ofa4j.modality.pipeline.train.MultimodalTrainer;
import io.ofa4j.preset.recipe.Preset;
import io.ofa4j.preset.recipe.TaskEntry;
import io.ofa4j.preset.recipe.TrainerSection;
import io.ofa4j.preset.report.ReportWriter;
import io.ofa4j.runtime.multitask.LoopConfig;
import io.ofa4j.runtime.multitask.LoopResult;
import io.ofa4j.runtime.multitask.MultiTaskLoop;
import io.ofa4j.runtime.multitask.TaskConfig;
import io.ofa4j.runtime.multitask.TaskStream;
import io.ofa4j.runtime.multitask.TrainingParts;
import io.ofa4j.runtime.multitask.checkpoint.ModelState;
import io.ofa4j.runtime.multitask.schedule.SchedulingPolicy;
import io.ofa4j.runtime.train.AdamWConfig;
import io.ofa4j.runtime.train.DecoderEngines;
import io.ofa4j.runtime.train.EngineChoice;
import io.ofa4j.runtime.train.ParameterGroups;
import io.ofa4j.runtime.train.TrainerConfig;
import io.ofa4j.runtime.train.WarmupCosineSchedule;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A training run from a preset: the model (from scratch, or from {@code model.checkpoint}), the
 * tasks' data, the multimodal streams, step and evaluator, the multi-task loop with stages,
 * evaluations, checkpoints and {@code metrics.jsonl}, then the HTML report and the final table.
 */
public final class TrainRun {
  private static final Logger LOG = LoggerFactory.getLogger(TrainRun.class);
  /** Rows are padded to a multiple of this many tokens (few distinct graph shapes). */
  static final int PAD_MULTIPLE = 32;
  /** Call {@code System.gc()} every this many steps (ND4J frees native buffers on collection). */
  static final int GC_EVERY = 5;

  /**
   * How to run.
   *
   * @param out the run directory
   * @param resume a checkpoint to continue from, or null
   * @param progress where progress lines go, or null
   * @param progressEvery steps between progress lines
   * @param galleryPerTask predictions per task in the report's gallery
   */
  public record Options(Path out, Path resume, PrintStream progress, int progressEvery, int galleryPerTask) {
    public Options {
      requireNonNull(out, "out is null");
    }
  }

  private TrainRun() {}

  /** Trains {@code preset} per {@code options}. */
  public static TrainResult run(Services services, Preset preset, Options options) {
    requireNonNull(services, "services is null");
    requireNonNull(preset, "preset is null");
    requireNonNull(options, "options is null");
    long t0 = System.nanoTime();
    Path runDir = options.out();
    createDirectories(runDir);
    TrainerSection tr = preset.trainer();
    RunModel model = preset.model().checkpoint() != null
        ? RunModel.load(preset.model().checkpoint(), preset.model(), services::kits)
        : RunModel.fromScratch(preset.model(), runDir.resolve("tokenizer"), tr.seed(), services::kits);
    LOG.info("model: {} parameters, vocabulary {}", model.parameterCount(), model.config().vocabSize());
    TaskDataLoader loader = services.dataLoader(Math.max(2, tr.threads() * 2));
    List<TaskData> tasks = new ArrayList<>();
    for (TaskEntry e : preset.tasks()) {
      tasks.add(loader.load(e, tr.seed()));
    }
    KitContext ctx = KitContext.of(model.tokenizer(), model.locationBins(), true, tr.seed());
    TrainerConfig config = new TrainerConfig(new AdamWConfig(tr.beta1(), tr.beta2(), 1e-8, tr.weightDecay()),
        new WarmupCosineSchedule(tr.learningRate(), Math.min(tr.warmupSteps(), tr.steps()), tr.steps(), tr.minLrRatio()),
        tr.clipGradNorm(), ParameterGroups.all(), 0);
    // The fused step where it supports the model (float32 weights: every preset), else SameDiff.
    MultimodalTrainer trainer = new MultimodalTrainer(
        DecoderEngines.create(model.config(), model.store(), 0.0, EngineChoice.AUTO), model.kits(), config);
    StageSchedule stages = stages(preset);
    MultimodalStepFunction step = new MultimodalStepFunction(trainer, stages::trainable, GC_EVERY);
    List<TaskConfig> taskConfigs = new ArrayList<>();
    List<TaskStream<MultimodalBatch>> streams = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      TaskData t = tasks.get(i);
      TaskEntry e = preset.tasks().get(i);
      taskConfigs.add(new TaskConfig(t.name(), e.weight(), e.lossWeight(), e.microBatchSize()));
      streams.add(new ExampleTaskStream(t.name(), t.plan(), t.train(), model.kits(), ctx,
          new Collator(model.padId(), PAD_MULTIPLE), tr.seed() * 31 + i));
    }
    RunEvaluator evaluator = new RunEvaluator(model, tasks, services.metrics(), ctx);
    LoopConfig loopConfig = new LoopConfig(tr.steps(), SchedulingPolicy.valueOf(tr.scheduling().name()),
        tr.temperature(), tr.gradAccumulation(), tr.evalEvery(), tr.checkpointEvery(), tr.keepLast(),
        tr.maxNonFiniteSteps(), tr.seed(), options.progressEvery());
    MultiTaskLoop<MultimodalBatch> loop = new MultiTaskLoop<>(loopConfig,
        new TrainingParts<>(taskConfigs, streams, step, evaluator,
            new ModelState(model.config(), model.store(), trainer.optimizer())), runDir, PresetYaml.write(preset));
    loop.setWriteHook(new CheckpointExtras(model.tokenizerDir(), tasks));
    if (options.progress() != null && options.progressEvery() > 0) {
      loop.setProgressOutput(options.progress());
    }
    if (options.resume() != null) {
      loop.resume(options.resume());
    }
    double dataSeconds = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    LoopResult result = loop.run();
    double trainSeconds = (System.nanoTime() - t1) / 1e9;
    EvalTable table = table(evaluator, result.finalMetrics());
    Map<String, Map<String, Double>> baselines = new LinkedHashMap<>();
    for (TaskData t : tasks) {
      baselines.put(t.name(), Map.of(t.primaryMetric(), evaluator.baselineValue(t.name())));
    }
    Path report = ReportWriter.write(runDir, "ofa4j " + preset.name(), baselines,
        Gallery.items(evaluator, options.galleryPerTask()));
    writeString(runDir.resolve("eval.txt"), table.toString());
    return new TrainResult(runDir, result.lastCheckpoint(), table, report, result.steps(), dataSeconds, trainSeconds);
  }

  /** The table of the last evaluation. */
  static EvalTable table(RunEvaluator evaluator, Map<String, Map<String, Double>> metrics) {
    List<EvalTable.Row> rows = new ArrayList<>();
    for (TaskData t : evaluator.tasks()) {
      Map<String, Double> m = metrics.getOrDefault(t.name(), Map.of());
      double value = m.getOrDefault(t.primaryMetric(), Double.NaN);
      rows.add(new EvalTable.Row(t.name(), t.primaryMetric(), value, evaluator.baselineValue(t.name()),
          evaluator.primaryMetric(t.name()).higherIsBetter(), t.validation().size()));
    }
    List<String> notes = new ArrayList<>();
    for (TaskData t : evaluator.tasks()) {
      Double control = metrics.getOrDefault(t.name(), Map.of()).get(t.primaryMetric() + MediaShuffle.SUFFIX);
      if (control != null) {
        notes.add(String.format(Locale.ROOT, "control %s: %s %.4f with each example's %s taken from another "
            + "example (real pairs %.4f)", t.name(), t.primaryMetric(), control,
            String.join("/", MediaShuffle.mediaSlots(t.plan())),
            metrics.get(t.name()).getOrDefault(t.primaryMetric(), Double.NaN)));
      }
    }
    evaluator.tasks().forEach(t -> notes.add("data " + t.source()));
    return new EvalTable(rows, notes);
  }

  /** The preset's stages as a schedule of trainable-key patterns. */
  static StageSchedule stages(Preset preset) {
    List<StageSchedule.Stage> out = new ArrayList<>();
    long start = 0;
    for (var s : preset.stages()) {
      List<Pattern> patterns = s.train().stream().map(Pattern::compile).toList();
      out.add(new StageSchedule.Stage(s.name(), start, start + s.steps(), patterns));
      start += s.steps();
    }
    return StageSchedule.of(out);
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create run directory " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void writeString(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
