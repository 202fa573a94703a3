package io.ofa4j.runtime.train.fused;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** Work split over the common fork-join pool (rows or batch x heads), for the Java loops. */
final class Parallel {
  private Parallel() {}

  /** Runs {@code body} for every index in {@code [0, n)}, in parallel when {@code n > 1}. */
  static void range(int n, IntConsumer body) {
    if (n == 1) {
      body.accept(0);
      return;
    }
    IntStream.range(0, n).parallel().forEach(body);
  }

  /** Runs {@code body(from, to)} over about {@code chunks} contiguous blocks of {@code [0, n)}. */
  static void blocks(int n, int chunks, RangeBody body) {
    int c = Math.max(1, Math.min(chunks, n));
    range(c, i -> body.run((int) ((long) n * i / c), (int) ((long) n * (i + 1) / c)));
  }

  /** A block of indices {@code [from, to)}. */
  @FunctionalInterface
  interface RangeBody {
    void run(int from, int to);
  }
}
