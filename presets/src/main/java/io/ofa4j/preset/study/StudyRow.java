package io.ofa4j.preset.study;

import static java.util.Objects.requireNonNull;

/**
 * One task of a study: the generalist's and the specialist's score on the same validation
 * examples, with the trivial baseline.
 *
 * @param task task name
 * @param metric primary metric
 * @param higherIsBetter the metric's direction
 * @param generalist the generalist's score
 * @param specialist the specialist's score
 * @param baseline the trivial baseline's score (NaN when unknown)
 * @param specialistSteps steps the specialist trained
 * @param generalistMicroBatches micro-batches of this task in the generalist's schedule
 * @param examples validation examples scored
 */
public record StudyRow(String task, String metric, boolean higherIsBetter, double generalist, double specialist,
    double baseline, int specialistSteps, long generalistMicroBatches, int examples) {
  public StudyRow {
    requireNonNull(task, "task is null");
    requireNonNull(metric, "metric is null");
    if (specialistSteps <= 0) {
      throw new IllegalArgumentException("task '" + task + "': specialist steps must be > 0, found " + specialistSteps);
    }
  }

  /** The generalist's score as a percentage of the specialist's ({@link RelativeScore#percent}). */
  public double percent() {
    return RelativeScore.percent(generalist, specialist, higherIsBetter);
  }
}
