package io.ofa4j.modality.pipeline.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ofa4j.modality.vision.VisionTowerConfig;
import io.ofa4j.modality.pipeline.kit.SpanFeatures;
import io.ofa4j.runtime.weights.ParameterStore;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class GridPositionCodeTest {
  private static final int H = 16;

  @Test
  void columnsFillTheFirstHalfAndRowsTheSecondInMergedRasterOrder() {
    // 1 frame of 4 x 6 patches, merge 2: 2 rows x 3 columns of merged tokens
    float[] code = GridPositionCode.code(new int[] {1, 4, 6}, 2, H);
    assertThat(code).hasSize(6 * H);
    // tokens 0 (r0,c0) and 3 (r1,c0) share the column half, differ in the row half
    assertThat(slice(code, 0, 0, H / 2)).containsExactly(slice(code, 3, 0, H / 2));
    assertThat(slice(code, 0, H / 2, H)).isNotEqualTo(slice(code, 3, H / 2, H));
    // tokens 0 and 1 (same row, next column) share the row half
    assertThat(slice(code, 0, H / 2, H)).containsExactly(slice(code, 1, H / 2, H));
    assertThat(slice(code, 0, 0, H / 2)).isNotEqualTo(slice(code, 1, 0, H / 2));
    // first pair of a half is sin/cos of (pi/2) * centre: column 0 of 3 -> u = 1/6
    assertThat((double) code[0]).isCloseTo(Math.sin(Math.PI / 2 / 6), within(1e-6));
    assertThat((double) code[1]).isCloseTo(Math.cos(Math.PI / 2 / 6), within(1e-6));
    // row 1 of 2 -> u = 3/4 in the second half
    assertThat((double) code[3 * H + H / 2]).isCloseTo(Math.sin(Math.PI / 2 * 0.75), within(1e-6));
  }

  @Test
  void framesRepeatTheSpatialCode() {
    float[] code = GridPositionCode.code(new int[] {2, 2, 2}, 2, H);
    assertThat(slice(code, 0, 0, H)).containsExactly(slice(code, 1, 0, H));
  }

  @Test
  void rejectsWidthsThatCannotHoldTwoHalvesOfPairs() {
    assertThatThrownBy(() -> GridPositionCode.code(new int[] {1, 2, 2}, 2, 6))
        .hasMessageContaining("multiple of 4, found 6");
  }

  @Test
  void adapterAddsTheScaledCodeAndLearnsItsScale() {
    VisionTowerConfig cfg = new VisionTowerConfig(1, 16, 2, 2, H, 3, 14, 2, 2, 1e-6, DataType.DOUBLE);
    ParameterStore store = new ParameterStore();
    VisionAdapter plain = new VisionAdapter(cfg);
    VisionAdapter coded = new VisionAdapter(cfg, true);
    coded.initialize(store, 7);
    assertThat(coded.weightKeys()).contains(VisionAdapter.POSITION_SCALE);
    assertThat(plain.weightKeys()).doesNotContain(VisionAdapter.POSITION_SCALE);
    int[] grid = {1, 4, 4};
    INDArray px = Nd4j.rand(DataType.DOUBLE, 16, cfg.patchDim());
    SpanFeatures f = new SpanFeatures(VisionAdapter.NAME, px, 4, grid);
    INDArray diff = coded.forward(f, store).sub(plain.forward(f, store)); // [4, H]
    double scale = store.get(VisionAdapter.POSITION_SCALE).getDouble(0);
    float[] code = GridPositionCode.code(grid, 2, H);
    GridPositionCode.weightBySaliency(code, H, px, 4);
    for (int i = 0; i < code.length; i++) {
      assertThat(diff.getDouble(i / H, i % H)).isCloseTo(scale * code[i], within(1e-6));
    }
    INDArray upstream = Nd4j.rand(DataType.DOUBLE, 4, H);
    INDArray g = coded.backward(f, upstream, store, coded.weightKeys()).get(VisionAdapter.POSITION_SCALE);
    double want = 0;
    for (int i = 0; i < code.length; i++) {
      want += code[i] * upstream.getDouble(i / H, i % H);
    }
    assertThat(g.getDouble(0)).isCloseTo(want, within(1e-9));
  }

  @Test
  void saliencyKeepsTheCodeOnTokensThatDifferFromTheBackgroundOnly() {
    // 1 frame of 4 x 4 patches, merge 2: 4 tokens of 4 patches; patch rows in merge-window order
    int window = 4;
    double[][] px = new double[16][6];
    for (int p = 0; p < 4; p++) {
      java.util.Arrays.fill(px[8 + p], 3.0); // token 2 holds a shape, the rest is flat background
    }
    float[] code = GridPositionCode.code(new int[] {1, 4, 4}, 2, H);
    float[] plain = code.clone();
    GridPositionCode.weightBySaliency(code, H, Nd4j.create(px), window);
    // token 2 is the most salient: its code is kept whole
    assertThat(slice(code, 2, 0, H)).containsExactly(slice(plain, 2, 0, H));
    // background tokens sit at a third of the shape token's distance from the mean patch
    for (int k : new int[] {0, 1, 3}) {
      for (int c = 0; c < H; c++) {
        assertThat((double) code[k * H + c]).isCloseTo(plain[k * H + c] / 3.0, within(1e-6));
      }
    }
    float[] flat = GridPositionCode.code(new int[] {1, 4, 4}, 2, H);
    GridPositionCode.weightBySaliency(flat, H, Nd4j.ones(16, 6), window);
    for (float v : flat) {
      assertThat(v == 0f).as("a uniform image carries no code").isTrue(); // +0 or -0
    }
  }

  private static float[] slice(float[] code, int token, int from, int to) {
    return Arrays.copyOfRange(code, token * H + from, token * H + to);
  }
}
