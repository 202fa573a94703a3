package io.ofa4j.runtime.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VectorKernelsTest {
  private static ByteBuffer buffer(float[] values) {
    ByteBuffer b = ByteBuffer.allocateDirect(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(values);
    return b;
  }

  @Test
  void linearMatchesNaiveForOddShapesAndTokenCounts() {
    Random rnd = new Random(5);
    int in = 37;
    int out = 23;
    float[] w = new float[out * in];
    float[] bias = new float[out];
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) rnd.nextGaussian();
    }
    for (int i = 0; i < out; i++) {
      bias[i] = (float) rnd.nextGaussian();
    }
    for (int n = 1; n <= 6; n++) {
      float[] x = new float[n * in];
      for (int i = 0; i < x.length; i++) {
        x[i] = (float) rnd.nextGaussian();
      }
      float[] y = new float[n * out];
      try (ParallelRunner runner = new ParallelRunner(2)) {
        int tokens = n;
        runner.run(3, m -> VectorKernels.linear(buffer(w), buffer(bias), x, tokens, in, y, out,
            ParallelRunner.start(out, 3, m, 8), ParallelRunner.end(out, 3, m, 8)));
      }
      for (int t = 0; t < n; t++) {
        for (int o = 0; o < out; o++) {
          double want = bias[o];
          for (int i = 0; i < in; i++) {
            want += (double) w[o * in + i] * x[t * in + i];
          }
          assertThat((double) y[t * out + o]).as("n=%d t=%d o=%d", n, t, o).isCloseTo(want, within(1e-4));
        }
      }
    }
  }

  @Test
  void rmsNormMatchesDefinition() {
    float[] x = {1f, -2f, 3f, 0.5f, 7f, -1f, 2f, 2f, 1f, 1f, 1f, 1f, 1f, 1f, 1f, 1f, 1f, 9f};
    float[] w = new float[x.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = 1f + i * 0.1f;
    }
    float[] y = new float[x.length];
    VectorKernels.rmsNorm(x, 0, x.length, buffer(w), 1e-6f, y, 0);
    double ms = 0;
    for (float v : x) {
      ms += v * v;
    }
    double inv = 1 / Math.sqrt(ms / x.length + 1e-6);
    for (int i = 0; i < x.length; i++) {
      assertThat((double) y[i]).isCloseTo(w[i] * x[i] * inv, within(1e-5));
    }
  }

  @Test
  void runnerRunsEveryChunkOnceAndPropagatesFailures() {
    try (ParallelRunner runner = new ParallelRunner(3)) {
      AtomicInteger mask = new AtomicInteger();
      AtomicInteger calls = new AtomicInteger();
      for (int round = 0; round < 200; round++) {
        mask.set(0);
        calls.set(0);
        runner.run(12, c -> {
          calls.incrementAndGet();
          mask.accumulateAndGet(1 << c, (a, b) -> a | b);
        });
        assertThat(mask.get()).isEqualTo((1 << 12) - 1);
        assertThat(calls.get()).isEqualTo(12);
      }
      assertThatThrownBy(() -> runner.run(5, c -> {
        if (c == 2) {
          throw new IllegalStateException("boom in chunk 2");
        }
      })).hasMessage("boom in chunk 2");
    }
    assertThat(ParallelRunner.start(100, 2, 1, 16)).isEqualTo(48);
    assertThat(ParallelRunner.end(100, 2, 1, 16)).isEqualTo(100);
  }
}
