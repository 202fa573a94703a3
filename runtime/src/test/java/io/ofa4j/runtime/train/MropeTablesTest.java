package io.ofa4j.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.runtime.model.MropeGolden;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The training graph's M-RoPE cos/sin tables reproduce Hugging Face's rotation of q and k. */
class MropeTablesTest {
  @Test
  void tablesRotateLikeTheGolden() {
    MropeGolden g = MropeGolden.load();
    INDArray[] t = DecoderFeeds.mropeTables(g.positions, 128, 1e6, new int[] {16, 24, 24}, DataType.DOUBLE);
    double[] cos = t[0].reshape(-1).toDoubleVector(); // [B, 1, T, D]
    double[] sin = t[1].reshape(-1).toDoubleVector();
    for (float[][] pair : new float[][][] {{g.q, g.qEmbed}, {g.k, g.kEmbed}}) {
      double max = 0;
      for (int row = 0; row < 2 * 28; row++) {
        int off = row * 128;
        for (int i = 0; i < 128; i++) {
          double rot = i < 64 ? -pair[0][off + i + 64] : pair[0][off + i - 64]; // rotate_half
          double y = pair[0][off + i] * cos[off + i] + rot * sin[off + i];
          max = Math.max(max, Math.abs(y - pair[1][off + i]));
        }
      }
      assertThat(max).isLessThan(1e-5); // the reference is float32; float64 differs by <= 3e-6
    }
  }
}
