package io.ofa4j.runtime.multitask;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.multitask.checkpoint.CheckpointDirectory;
import io.ofa4j.runtime.multitask.checkpoint.CheckpointFiles;
import io.ofa4j.runtime.multitask.checkpoint.CheckpointReader;
import io.ofa4j.runtime.multitask.checkpoint.CheckpointWriter;
import io.ofa4j.runtime.multitask.checkpoint.WriteHook;
import io.ofa4j.runtime.multitask.log.MetricsLog;
import io.ofa4j.runtime.multitask.log.ProgressLine;
import io.ofa4j.runtime.multitask.schedule.SplitMix64;
import io.ofa4j.runtime.multitask.schedule.TaskScheduler;
import io.ofa4j.runtime.multitask.schedule.TaskSchedulers;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The multi-task training loop. Each step: the scheduler picks tasks, each picked task's stream
 * gives a micro-batch of that task's size, the {@link StepFunction} runs one optimizer step over
 * all of them; then metrics are logged, and on schedule every task is evaluated and a checkpoint
 * written (also whenever the overall score improves, so the best is always on disk).
 *
 * <p>A non-finite step updates nothing and is logged; more than {@code maxNonFiniteSteps} in a
 * row stop the run with a {@link NonFiniteStepsException}. No evaluation or checkpoint happens
 * at a non-finite step, so the newest checkpoint is always one taken after a good update.
 *
 * <p>Run directory: {@code metrics.jsonl} and {@code checkpoints/step-NNNNNNNN/}.
 *
 * @param <B> batch type
 */
public final class MultiTaskLoop<B> {
  private static final Logger LOG = LoggerFactory.getLogger(MultiTaskLoop.class);

  private final LoopConfig config;
  private final TrainingParts<B> parts;
  private final Path runDir;
  private final String presetText;
  private final TaskScheduler scheduler;
  private final SplitMix64 rng;
  private final CheckpointDirectory checkpoints;
  private CheckpointWriter writer = new CheckpointWriter(WriteHook.NONE);
  private PrintStream progressOut;
  private long step;
  private int nonFiniteInARow;
  private BestTracker best = new BestTracker(BestMetrics.empty());
  private Path lastCheckpoint;

  /**
   * @param config loop settings
   * @param parts what to train
   * @param runDir where metrics and checkpoints go
   * @param presetText the resolved preset, saved with every checkpoint
   */
  public MultiTaskLoop(LoopConfig config, TrainingParts<B> parts, Path runDir, String presetText) {
    this.config = requireNonNull(config, "config is null");
    this.parts = requireNonNull(parts, "parts is null");
    this.runDir = requireNonNull(runDir, "runDir is null");
    this.presetText = requireNonNull(presetText, "presetText is null");
    int n = parts.tasks().size();
    double[] weights = new double[n];
    long[] sizes = new long[n];
    for (int i = 0; i < n; i++) {
      weights[i] = parts.tasks().get(i).weight();
      sizes[i] = parts.streams().get(i).size();
    }
    this.scheduler = TaskSchedulers.create(config.scheduling(), weights, sizes, config.temperature(),
        config.microBatches());
    this.rng = new SplitMix64(config.seed());
    this.checkpoints = new CheckpointDirectory(runDir.resolve("checkpoints"));
  }

  /** Calls {@code hook} after each checkpoint file (crash injection in tests). */
  public void setWriteHook(WriteHook hook) {
    this.writer = new CheckpointWriter(requireNonNull(hook, "hook is null"));
  }

  /** Prints a progress line every {@code config.progressEvery()} steps to {@code out}. */
  public void setProgressOutput(PrintStream out) {
    this.progressOut = requireNonNull(out, "out is null");
  }

  /** The run's checkpoints. */
  public CheckpointDirectory checkpoints() {
    return checkpoints;
  }

  /**
   * Restores weights, optimizer, data positions, generator and loop state from checkpoint
   * {@code dir}; {@link #run()} then continues from its step.
   */
  public void resume(Path dir) {
    requireNonNull(dir, "dir is null");
    LoopState state = CheckpointReader.loopState(dir);
    for (TaskStream<B> s : parts.streams()) {
      if (!state.positions().containsKey(s.name())) {
        throw new IllegalArgumentException(dir + ": no data position for task '" + s.name()
            + "'; the checkpoint has " + state.positions().keySet());
      }
    }
    CheckpointReader.restore(dir, parts.model());
    if (parts.model().optimizer().stepCount() != state.optimizerStep()) {
      throw new IllegalArgumentException(dir + ": optimizer step " + parts.model().optimizer().stepCount()
          + " differs from trainer_state optimizer_step " + state.optimizerStep());
    }
    parts.streams().forEach(s -> s.restore(state.positions().get(s.name())));
    rng.restore(state.schedulerRngState());
    step = state.step();
    nonFiniteInARow = state.nonFiniteInARow();
    best = new BestTracker(state.best());
    lastCheckpoint = dir;
    LOG.info("resumed from {} at step {}", dir, step);
  }

  /** Runs to {@code config.totalSteps()}; returns how it ended. */
  public LoopResult run() {
    Map<String, Map<String, Double>> lastEval = Map.of();
    long startNanos = System.nanoTime();
    ProgressLine progress = progressOut == null ? null
        : new ProgressLine(progressOut, config.totalSteps(), step, startNanos);
    boolean evaluatedNow = false;
    boolean checkpointedNow = false;
    try (MetricsLog metrics = MetricsLog.open(runDir.resolve(MetricsLog.FILE_NAME), step)) {
      while (step < config.totalSteps()) {
        long t0 = System.nanoTime();
        StepOutcome outcome = parts.stepFunction().step(nextMicroBatches());
        step++;
        double tokensPerSecond = outcome.tokens() / Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
        for (Map.Entry<String, Double> e : outcome.taskLoss().entrySet()) {
          metrics.train(step, e.getKey(), e.getValue(), outcome.taskTokens().get(e.getKey()),
              outcome.learningRate(), tokensPerSecond, outcome.gradNorm(), outcome.nonFinite());
        }
        if (progress != null && config.progressEvery() > 0
            && (step % config.progressEvery() == 0 || step == config.totalSteps())) {
          progress.print(step, outcome.taskLoss(), tokensPerSecond, System.nanoTime());
        }
        evaluatedNow = false;
        checkpointedNow = false;
        if (outcome.nonFinite()) {
          nonFiniteInARow++;
          LOG.warn("step {}: non-finite loss or gradient in task(s) {} (loss {}, gradient norm {}); "
              + "update skipped ({} in a row)", step, outcome.nonFiniteTasks(), outcome.taskLoss(),
              outcome.gradNorm(), nonFiniteInARow);
          if (nonFiniteInARow > config.maxNonFiniteSteps()) {
            throw new NonFiniteStepsException(step, outcome.nonFiniteTasks(), nonFiniteInARow,
                config.maxNonFiniteSteps(), lastCheckpoint);
          }
          continue;
        }
        nonFiniteInARow = 0;
        boolean last = step == config.totalSteps();
        boolean improved = false;
        if (last || (config.evalEvery() > 0 && step % config.evalEvery() == 0)) {
          lastEval = evaluate(metrics);
          improved = best.update(step, lastEval, parts.evaluator());
          evaluatedNow = true;
        }
        if (improved || last || (config.checkpointEvery() > 0 && step % config.checkpointEvery() == 0)) {
          checkpoint(improved);
          checkpointedNow = true;
        }
      }
      if (!evaluatedNow) {
        // resumed at (or past) the end, or the last step was skipped
        lastEval = evaluate(metrics);
        if (best.update(step, lastEval, parts.evaluator()) || !checkpointedNow) {
          checkpoint(best.state().overall() != null && best.state().overall().step() == step);
        }
      }
    }
    return new LoopResult(step, parts.model().optimizer().stepCount(), lastEval, best.state(), lastCheckpoint);
  }

  private List<TaggedBatch<B>> nextMicroBatches() {
    List<TaggedBatch<B>> batches = new ArrayList<>();
    for (int i : scheduler.tasksFor(step, rng)) {
      TaskConfig task = parts.tasks().get(i);
      batches.add(new TaggedBatch<>(task.name(), parts.streams().get(i).next(task.microBatchSize()),
          task.lossWeight()));
    }
    return batches;
  }

  private Map<String, Map<String, Double>> evaluate(MetricsLog metrics) {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (TaskConfig task : parts.tasks()) {
      Map<String, Double> m = parts.evaluator().evaluate(task.name());
      out.put(task.name(), m);
      metrics.eval(step, task.name(), m);
    }
    LOG.info("step {}: evaluation {}", step, out);
    return out;
  }

  private void checkpoint(boolean isBest) {
    String name = CheckpointFiles.dirName(step);
    if (isBest) {
      best.overallCheckpoint(name);
    }
    Map<String, StreamPosition> positions = new LinkedHashMap<>();
    parts.streams().forEach(s -> positions.put(s.name(), s.position()));
    LoopState state = new LoopState(step, parts.model().optimizer().stepCount(), rng.state(),
        nonFiniteInARow, positions, best.state());
    lastCheckpoint = writer.write(checkpoints.root(), parts.model(), state, presetText);
    // keep at least the newest, which resume and the final result point at
    checkpoints.prune(Math.max(1, config.keepLast()), best.state().overallCheckpoint());
  }
}
