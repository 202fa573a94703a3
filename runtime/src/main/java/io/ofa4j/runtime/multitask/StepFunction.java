package io.ofa4j.runtime.multitask;

import java.util.List;

/**
 * One optimizer step over micro-batches of (possibly) several tasks: forward and backward each,
 * accumulate, clip, check for non-finite values and update (or skip the update).
 *
 * @param <B> batch type
 */
public interface StepFunction<B> {
  /** Runs one step; must not update anything when it reports {@link StepOutcome#nonFinite()}. */
  StepOutcome step(List<TaggedBatch<B>> microBatches);
}
