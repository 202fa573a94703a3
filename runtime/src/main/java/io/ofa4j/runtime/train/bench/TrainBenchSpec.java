package io.ofa4j.runtime.train.bench;

import io.ofa4j.runtime.model.Qwen2Config;

/**
 * What {@code bench train} runs. The defaults are the reference shape of libraries.md: 4 layers,
 * hidden 256, 4 heads / 2 KV heads, intermediate 688, vocab 8192, seq 128, batch 8, AdamW.
 *
 * @param layers decoder layers
 * @param hidden hidden size
 * @param heads query heads
 * @param kvHeads key/value heads
 * @param intermediate SwiGLU width
 * @param vocab vocabulary size
 * @param seq tokens per sequence
 * @param batch sequences per step
 * @param steps optimizer steps to time (memory is read at step 20 and at the last one)
 * @param warmupSteps untimed steps first (graph build, JIT)
 * @param threads ND4J / BLAS threads (0: leave ND4J's default)
 * @param gcEvery {@code System.gc()} every this many steps (0: never)
 */
public record TrainBenchSpec(
    int layers, int hidden, int heads, int kvHeads, int intermediate, int vocab, int seq, int batch,
    int steps, int warmupSteps, int threads, int gcEvery) {
  public TrainBenchSpec {
    positive("layers", layers);
    positive("hidden", hidden);
    positive("heads", heads);
    positive("kvHeads", kvHeads);
    positive("intermediate", intermediate);
    positive("vocab", vocab);
    positive("seq", seq);
    positive("batch", batch);
    positive("steps", steps);
    if (warmupSteps < 0 || threads < 0 || gcEvery < 0) {
      throw new IllegalArgumentException("warmupSteps (" + warmupSteps + "), threads (" + threads
          + ") and gcEvery (" + gcEvery + ") must be >= 0");
    }
  }

  /** The reference shape with {@code steps} timed steps. */
  public static TrainBenchSpec reference(int steps) {
    return new TrainBenchSpec(4, 256, 4, 2, 688, 8192, 128, 8, steps, 3, 0, 1);
  }

  /** The model config (untied head, as in libraries.md's 7.1M-parameter run). */
  public Qwen2Config modelConfig() {
    return Qwen2Config.tiny(vocab, hidden, intermediate, layers, heads, kvHeads, false);
  }

  private static void positive(String field, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " (" + value + ") must be > 0");
    }
  }
}
