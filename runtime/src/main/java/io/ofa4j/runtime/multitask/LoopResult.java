package io.ofa4j.runtime.multitask;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Map;

/**
 * How a run ended.
 *
 * @param steps loop steps completed
 * @param optimizerSteps updates applied (steps minus skipped non-finite ones)
 * @param finalMetrics task -> metric -> value of the last evaluation
 * @param best best evaluations
 * @param lastCheckpoint the final checkpoint directory
 */
public record LoopResult(long steps, long optimizerSteps, Map<String, Map<String, Double>> finalMetrics,
    BestMetrics best, Path lastCheckpoint) {
  public LoopResult {
    finalMetrics = Map.copyOf(requireNonNull(finalMetrics, "finalMetrics is null"));
    requireNonNull(best, "best is null");
    requireNonNull(lastCheckpoint, "lastCheckpoint is null");
  }
}
