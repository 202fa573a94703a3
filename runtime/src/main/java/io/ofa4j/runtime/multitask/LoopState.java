package io.ofa4j.runtime.multitask;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * Everything besides weights and optimizer moments that a resumed run needs (the checkpoint's
 * {@code trainer_state.json}).
 *
 * @param step loop steps completed
 * @param optimizerStep optimizer updates done (the learning-rate scheduler's step; smaller than
 *     {@code step} by the skipped non-finite steps)
 * @param schedulerRngState state of the task scheduler's {@code SplitMix64}
 * @param nonFiniteInARow consecutive non-finite steps at the end of {@code step}
 * @param positions task -> data position of its stream
 * @param best best evaluations so far
 */
public record LoopState(long step, long optimizerStep, long schedulerRngState, int nonFiniteInARow,
    Map<String, StreamPosition> positions, BestMetrics best) {
  public LoopState {
    if (step < 0 || optimizerStep < 0 || nonFiniteInARow < 0) {
      throw new IllegalArgumentException("loop state: step (" + step + "), optimizer_step ("
          + optimizerStep + ") and non_finite_in_a_row (" + nonFiniteInARow + ") must be >= 0");
    }
    positions = Map.copyOf(requireNonNull(positions, "positions is null"));
    requireNonNull(best, "best is null");
  }
}
