package io.ofa4j.runtime.multitask;

import io.ofa4j.runtime.train.TrainBatch;
import java.util.Arrays;
import java.util.function.IntPredicate;

/** A stream whose chosen calls return batches with NaN example weights (so the loss is NaN). */
final class Poisoned implements TaskStream<TrainBatch> {
  private final TaskStream<TrainBatch> inner;
  private final IntPredicate poisonCall;
  private int calls;

  Poisoned(TaskStream<TrainBatch> inner, IntPredicate poisonCall) {
    this.inner = inner;
    this.poisonCall = poisonCall;
  }

  @Override
  public String name() {
    return inner.name();
  }

  @Override
  public long size() {
    return inner.size();
  }

  @Override
  public TrainBatch next(int n) {
    TrainBatch b = inner.next(n);
    if (!poisonCall.test(++calls)) {
      return b;
    }
    float[] w = new float[b.batchSize()];
    Arrays.fill(w, Float.NaN);
    return b.withExampleWeights(w);
  }

  @Override
  public StreamPosition position() {
    return inner.position();
  }

  @Override
  public void restore(StreamPosition position) {
    inner.restore(position);
  }
}
