package io.ofa4j.runtime.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ofa4j.runtime.weights.HalfFloats;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Bf16KernelsTest {
  @Test
  void linearMatchesNaiveOverWidenedWeightsForOddShapesAndTokenCounts() {
    Random rnd = new Random(11);
    for (int in : new int[] {5, 16, 37, 64, 70}) { // below, at and past whole 2L blocks
      int out = 19;
      ByteBuffer w = ByteBuffer.allocateDirect(2 * out * in).order(ByteOrder.LITTLE_ENDIAN);
      float[] wide = new float[out * in]; // the BF16 values as F32
      for (int i = 0; i < wide.length; i++) {
        short bits = HalfFloats.floatToBf16((float) rnd.nextGaussian());
        w.putShort(2 * i, bits);
        wide[i] = HalfFloats.bf16ToFloat(bits);
      }
      ByteBuffer bias = ByteBuffer.allocateDirect(4 * out).order(ByteOrder.LITTLE_ENDIAN);
      for (int o = 0; o < out; o++) {
        bias.putFloat(4 * o, o * 0.25f);
      }
      for (int n = 1; n <= 6; n++) { // the single-row, two-row and four-token paths
        float[] x = new float[n * in];
        for (int i = 0; i < x.length; i++) {
          x[i] = (float) rnd.nextGaussian();
        }
        float[] xs = new float[x.length];
        Bf16Kernels.pairSplit(x, n, in, xs);
        float[] y = new float[n * out];
        Bf16Kernels.linear(w, bias, xs, n, in, y, out, 0, out);
        for (int t = 0; t < n; t++) {
          for (int o = 0; o < out; o++) {
            double want = o * 0.25;
            for (int i = 0; i < in; i++) {
              want += (double) wide[o * in + i] * x[t * in + i];
            }
            assertThat((double) y[t * out + o]).as("in=%d n=%d t=%d o=%d", in, n, t, o)
                .isCloseTo(want, within(1e-4));
          }
          // a token's logits must not depend on how many tokens share the call (bit for bit)
          float[] one = new float[out];
          float[] xt = Arrays.copyOfRange(xs, t * in, (t + 1) * in);
          Bf16Kernels.linear(w, bias, xt, 1, in, one, out, 0, out);
          assertThat(Arrays.copyOfRange(y, t * out, (t + 1) * out)).containsExactly(one);
        }
      }
    }
  }

  @Test
  void widenGivesTheUpperHalfOfAnF32() {
    ByteBuffer w = ByteBuffer.allocateDirect(6).order(ByteOrder.LITTLE_ENDIAN);
    w.putShort(0, HalfFloats.floatToBf16(1.5f)).putShort(2, HalfFloats.floatToBf16(-2f))
        .putShort(4, HalfFloats.floatToBf16(0.15625f));
    float[] dst = new float[4];
    Bf16Kernels.widen(w, 1, 2, dst, 1);
    assertThat(dst).containsExactly(0f, -2f, 0.15625f, 0f);
  }
}
