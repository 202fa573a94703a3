package io.ofa4j.runtime.multitask;

import java.util.List;

/** A step function that throws on its {@code killAt}-th call, as if the process died there. */
final class Killer<B> implements StepFunction<B> {
  static final class Killed extends RuntimeException {
    Killed(int call) {
      super("killed at call " + call);
    }
  }

  private final StepFunction<B> inner;
  private final int killAt;
  private int calls;

  Killer(StepFunction<B> inner, int killAt) {
    this.inner = inner;
    this.killAt = killAt;
  }

  @Override
  public StepOutcome step(List<TaggedBatch<B>> microBatches) {
    if (++calls == killAt) {
      throw new Killed(calls);
    }
    return inner.step(microBatches);
  }

  static <B> TrainingParts<B> wrap(TrainingParts<B> p, int killAt) {
    return new TrainingParts<>(p.tasks(), p.streams(), new Killer<>(p.stepFunction(), killAt),
        p.evaluator(), p.model());
  }
}
