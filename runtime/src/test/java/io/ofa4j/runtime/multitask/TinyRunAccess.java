package io.ofa4j.runtime.multitask;

import io.ofa4j.runtime.train.TrainBatch;

/** Lets tests in sub-packages build a {@link TinyRun}. */
public record TinyRunAccess(TrainingParts<TrainBatch> parts) {
  /** The frozen non-language-model key of the tiny run. */
  public static final String ADAPTER_KEY = TinyRun.ADAPTER_KEY;

  /** A tiny two-task run with weights from {@code seed}. */
  public static TinyRunAccess create(long seed) {
    return new TinyRunAccess(new TinyRun(seed).parts);
  }
}
