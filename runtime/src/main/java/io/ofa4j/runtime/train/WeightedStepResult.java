package io.ofa4j.runtime.train;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A step taken with per-micro-batch loss weights, plus each micro-batch's share of the loss.
 *
 * @param total the step as a whole; its {@code loss} is the weighted sum of {@code microLosses}
 * @param microLosses per micro-batch, in input order: its summed token loss divided by the
 *     step's loss tokens (unweighted), so that callers can regroup them (e.g. per task)
 */
public record WeightedStepResult(StepResult total, List<Double> microLosses) {
  /** Validates and copies. */
  public WeightedStepResult {
    requireNonNull(total, "total is null");
    microLosses = List.copyOf(requireNonNull(microLosses, "microLosses is null"));
  }
}
