package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.RawExample;
import io.ofa4j.modality.pipeline.kit.KitContext;
import io.ofa4j.modality.pipeline.predict.Prediction;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.preset.config.PresetException;
import io.ofa4j.preset.recipe.Preset;
import io.ofa4j.preset.recipe.TaskEntry;
import io.ofa4j.runtime.multitask.checkpoint.CheckpointFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained checkpoint opened for {@code eval} and {@code infer}: its resolved preset, the model
 * (weights, adapters, tokenizer) and its task list.
 */
public final class CheckpointSession {
  private final Services services;
  private final Path dir;
  private final Preset preset;
  private final RunModel model;
  private final List<TaskList.Entry> tasks;

  private CheckpointSession(Services services, Path dir, Preset preset, RunModel model, List<TaskList.Entry> tasks) {
    this.services = services;
    this.dir = dir;
    this.preset = preset;
    this.model = model;
    this.tasks = tasks;
  }

  /** Opens checkpoint {@code dir} (or a run directory's latest checkpoint). */
  public static CheckpointSession open(Services services, Path dir) {
    requireNonNull(services, "services is null");
    Path checkpoint = Checkpoints.resolve(requireNonNull(dir, "dir is null"));
    Preset preset;
    try {
      preset = services.presets().load(checkpoint.resolve(CheckpointFiles.PRESET).toString(), List.of()).preset();
    } catch (PresetException e) {
      throw new IllegalArgumentException(checkpoint + ": its " + CheckpointFiles.PRESET + " does not load:\n"
          + e.render(), e);
    }
    List<TaskList.Entry> tasks = TaskList.read(checkpoint);
    RunModel model = RunModel.load(checkpoint, preset.model(), services::kits);
    return new CheckpointSession(services, checkpoint, preset, model, tasks);
  }

  /** The checkpoint directory. */
  public Path dir() {
    return dir;
  }

  /** The preset it was trained with. */
  public Preset preset() {
    return preset;
  }

  /** Its task names. */
  public List<String> taskNames() {
    return tasks.stream().map(TaskList.Entry::name).toList();
  }

  /**
   * Scores the model on the validation split of {@code task} (all tasks when null), regenerated
   * from the preset's data section and seed, next to the trivial baseline.
   */
  public EvalTable evaluate(String task) {
    List<TaskEntry> entries = preset.tasks().stream().filter(e -> task == null || e.name().equals(task)).toList();
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("checkpoint " + dir + " has no task '" + task + "'; tasks: " + taskNames());
    }
    TaskDataLoader loader = services.dataLoader(Math.max(2, preset.trainer().threads() * 2));
    List<TaskData> data = new ArrayList<>();
    for (TaskEntry e : entries) {
      data.add(loader.load(e, preset.trainer().seed()));
    }
    RunEvaluator evaluator = evaluator(data);
    Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
    for (TaskData t : data) {
      metrics.put(t.name(), evaluator.evaluate(t.name()));
    }
    return TrainRun.table(evaluator, metrics);
  }

  /** Predicts {@code task} (one of the checkpoint's) for the given slot values. */
  public InferResult inferTask(String task, Map<String, String> inputs) {
    TaskList.Entry e = tasks.stream().filter(t -> t.name().equals(task)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("checkpoint " + dir + " has no task '" + task + "'; tasks: " + taskNames()));
    return infer(taskData(e.name(), e.instruction(), e.labels(), decoding(e.name(), e.maxNewTokens())), inputs);
  }

  /**
   * Predicts an ad-hoc instruction. A closed-set target takes {@code labels}, or the labels of a
   * checkpoint task whose instruction is the same.
   */
  public InferResult inferInstruction(String instruction, List<String> labels, int maxNewTokens,
      Map<String, String> inputs) {
    requireNonNull(instruction, "instruction is null");
    List<String> known = labels;
    if (known.isEmpty()) {
      known = tasks.stream().filter(t -> t.instruction().equals(instruction)).findFirst()
          .map(TaskList.Entry::labels).orElse(List.of());
    }
    String sameAs = tasks.stream().filter(e -> e.instruction().equals(instruction)).map(TaskList.Entry::name)
        .findFirst().orElse(null);
    TaskData t = taskData("instruction", instruction, known, sameAs == null ? Decoding.greedy(maxNewTokens)
        : decoding(sameAs, maxNewTokens));
    if (t.closedSet() && known.isEmpty()) {
      throw new IllegalArgumentException("the instruction's target slot '" + t.targetSlot().name()
          + "' is closed_set: give its labels with --labels a,b,c");
    }
    return infer(t, inputs);
  }

  /**
   * Predicts {@code perTask} fresh examples of every task (generated after the validation split,
   * so unseen) through the same path as {@link #inferTask}.
   */
  public List<Demo> demos(int perTask) {
    TaskDataLoader loader = services.dataLoader(1);
    List<Demo> out = new ArrayList<>();
    for (TaskEntry e : preset.tasks()) {
      TaskList.Entry entry = tasks.stream().filter(t -> t.name().equals(e.name())).findFirst().orElseThrow();
      TaskData t = taskData(entry.name(), entry.instruction(), entry.labels(),
          decoding(entry.name(), entry.maxNewTokens()));
      for (var ex : loader.fresh(e, preset.trainer().seed(), perTask)) {
        Map<String, String> inputs = new LinkedHashMap<>();
        t.inputSlots().forEach(s -> inputs.put(s, Demo.commandLine(ex.get(s))));
        Object ref = ex.slots().get(t.targetSlot().name());
        out.add(new Demo(inputs, infer(t, inputs), ref == null ? "" : PredictionValues.display(ref)));
      }
    }
    return out;
  }

  private InferResult infer(TaskData t, Map<String, String> inputs) {
    RawExample ex = InferInputs.example(t, inputs);
    Prediction p = evaluator(List.of(t)).predict(t, ex);
    return new InferResult(t.name(), t.targetSlot().name(), t.targetSlot().modality(), p.value(), p.text(),
        t.closedSet());
  }

  private TaskData taskData(String name, String instruction, List<String> labels, Decoding decoding) {
    TaskPlan plan = services.planner().plan(instruction).template(1);
    return new TaskData(name, instruction, plan, List.of(), List.of(), labels, List.of("accuracy"), null, null,
        decoding, "inference");
  }

  /**
   * How task {@code name} decodes at inference: the preset's generation options (beams when it asks
   * for a search, else the catalog's), at most {@code maxNewTokens}.
   */
  private Decoding decoding(String name, int maxNewTokens) {
    TaskEntry entry = preset.tasks().stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    if (entry == null) {
      return Decoding.greedy(maxNewTokens);
    }
    int catalogBeams = services.catalog().find(name).map(t -> t.spec().numBeams()).orElse(1);
    return Decoding.of(entry.generation(), maxNewTokens, catalogBeams);
  }

  private RunEvaluator evaluator(List<TaskData> data) {
    KitContext ctx = KitContext.of(model.tokenizer(), model.locationBins(), false, preset.trainer().seed());
    return new RunEvaluator(model, data, services.metrics(), ctx);
  }
}
