package io.ofa4j.runtime.train.bench;

import static java.util.Objects.requireNonNull;

/**
 * One implementation's figures.
 *
 * @param implementation what ran (e.g. {@code ofa4j SameDiff}, {@code PyTorch 1.13})
 * @param tokensPerSecond trained tokens per second over the timed steps (NaN if it did not run)
 * @param secondsPerStep mean wall time of a timed step
 * @param cpuSecondsPerStep mean process CPU time of a timed step (all threads): on a shared,
 *     oversubscribed machine a steadier measure of the work done than wall time
 * @param rssAtStep20Mb resident set size after step 20, MiB (NaN if unknown)
 * @param rssAtLastStepMb resident set size after the last step, MiB
 * @param lastStep number of the last step
 * @param firstLoss loss of the first step
 * @param lastLoss loss of the last step
 * @param note why it did not run, or extra information
 */
public record TrainBenchResult(
    String implementation, double tokensPerSecond, double secondsPerStep, double cpuSecondsPerStep,
    double rssAtStep20Mb,
    double rssAtLastStepMb, int lastStep, double firstLoss, double lastLoss, String note) {
  public TrainBenchResult {
    requireNonNull(implementation, "implementation is null");
    requireNonNull(note, "note is null");
  }

  /** A result for an implementation that could not run. */
  public static TrainBenchResult skipped(String implementation, String why) {
    return new TrainBenchResult(implementation, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0,
        Double.NaN, Double.NaN, why);
  }

  /** RSS growth from step 20 to the last step, as a fraction of the step-20 value. */
  public double rssGrowth() {
    return (rssAtLastStepMb - rssAtStep20Mb) / rssAtStep20Mb;
  }
}
