package io.ofa4j.runtime.train.fused;

import static io.ofa4j.runtime.train.fused.FusedQwen2StepTest.assertClose;
import static io.ofa4j.runtime.train.fused.FusedQwen2StepTest.store;
import static io.ofa4j.runtime.train.fused.FusedQwen2StepTest.toFloat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.train.LossAndGradients;
import io.ofa4j.runtime.train.Qwen2TrainingGraph;
import io.ofa4j.runtime.train.TrainBatch;
import io.ofa4j.runtime.weights.ParameterStore;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.junit.jupiter.api.Test;

/**
 * The fused step in the multimodal setting (caller-supplied input embeddings, gradient w.r.t. them,
 * Qwen2-VL M-RoPE positions) against the SameDiff graph in float64: loss (relative 1e-5), every
 * decoder weight gradient and the inputs-embeds gradient (2e-4 of each tensor's largest entry,
 * float32 rounding), on a batch with a partial loss mask, ignored labels, unequal example weights
 * and a right-padded row; tied and untied head, 1-D and 3-axis positions.
 */
class FusedInputsEmbedsMropeTest {
  private static final int HIDDEN = 24; // 2 heads of head_dim 12: 6 rotary channels, sections 2/2/2

  @ParameterizedTest(name = "tied={0}, mrope={1}, smoothing={2}")
  @CsvSource({"true, true, 0.0", "false, true, 0.1", "true, false, 0.0", "false, false, 0.0"})
  void matchesSameDiffGraph(boolean tied, boolean withMrope, double smoothing) {
    Qwen2Config config = config(tied);
    ParameterStore store64 = store(config, 21);
    ParameterStore store32 = toFloat(store64);
    TrainBatch ids = batch();
    INDArray embeds = Nd4j.rand(DataType.DOUBLE, 3, 7, HIDDEN).subi(0.5).muli(2); // [B, T, H]
    TrainBatch batch = ids.withInputsEmbeds(embeds);
    long[][][] mrope = withMrope ? mrope() : null;
    double normalizer = batch.lossTokenCount() + 2.0; // other micro-batches share the step
    LossAndGradients expected = new Qwen2TrainingGraph(config, store64, smoothing)
        .lossAndGradients(batch, normalizer, store64.keys(), true, mrope);
    LossAndGradients actual = new FusedQwen2Step(config, store32, smoothing)
        .lossAndGradients(batch.withInputsEmbeds(embeds.castTo(DataType.FLOAT)), normalizer, store32.keys(), true,
            mrope);
    assertThat(Math.abs(actual.loss() - expected.loss()))
        .as("loss fused %s vs graph %s", actual.loss(), expected.loss())
        .isLessThan(1e-5 * Math.abs(expected.loss()) + 1e-7);
    assertThat(actual.inputsEmbedsGradient().shape()).containsExactly(3, 7, HIDDEN);
    assertClose("inputs_embeds", actual.inputsEmbedsGradient(), expected.inputsEmbedsGradient());
    // padded positions (no loss, never attended) get exactly no gradient in both engines
    assertThat(actual.inputsEmbedsGradient().getDouble(1, 6, 0)).isZero();
    for (String key : store64.keys()) {
      assertClose(key, actual.gradients().get(key), expected.gradients().get(key));
    }
    double forward = new FusedQwen2Step(config, store32, smoothing)
        .loss(batch.withInputsEmbeds(embeds.castTo(DataType.FLOAT)), normalizer, mrope);
    assertThat(Math.abs(forward - expected.loss())).isLessThan(1e-5 * Math.abs(expected.loss()) + 1e-7);
  }

  @Test
  void mropeChangesTheResultAndIsChecked() {
    Qwen2Config config = config(true);
    FusedQwen2Step fused = new FusedQwen2Step(config, toFloat(store(config, 3)), 0);
    TrainBatch batch = batch();
    double n = batch.lossTokenCount();
    double first = fused.loss(batch, n, mrope());
    assertThat(first).isNotEqualTo(fused.loss(batch, n, null));
    // another [B, T] shape in between (its own cached buffers), then the same result again
    TrainBatch other = TrainBatch.of(new int[][] {{1, 2, 3}}, new int[][] {{2, 3, 4}}, new float[][] {{1, 1, 1}});
    assertThat(fused.loss(other, 3, null)).isFinite();
    assertThat(fused.loss(batch, n, mrope())).isEqualTo(first);
    assertThatThrownBy(() -> fused.loss(batch, n, new long[][][] {mrope()[0], mrope()[1]}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 axes");
    Qwen2Config plain = Qwen2Config.tiny(32, HIDDEN, 20, 1, 2, 1, true);
    FusedQwen2Step noSection = new FusedQwen2Step(plain, toFloat(store(plain, 3)), 0);
    assertThatThrownBy(() -> noSection.loss(batch, n, mrope()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mrope_section");
  }

  static Qwen2Config config(boolean tied) {
    return new Qwen2Config(32, HIDDEN, 20, 2, 2, 1, 0, "silu", 512, 1e-6, 1e4,
        Map.of("type", "mrope", "mrope_section", List.of(2, 2, 2)), tied, -1, List.of(), false, 0, 2, "float32");
  }

  /** Row 2 is right-padded; partial mask and ignored labels; unequal example weights. */
  static TrainBatch batch() {
    SplittableRandom r = new SplittableRandom(9);
    int b = 3;
    int t = 7;
    int[][] ids = new int[b][t];
    int[][] labels = new int[b][t];
    float[][] mask = new float[b][t];
    int[][] attention = new int[b][t];
    int[][] positions = new int[b][t];
    for (int i = 0; i < b; i++) {
      int len = i == 1 ? 5 : t;
      for (int c = 0; c < t; c++) {
        ids[i][c] = r.nextInt(32);
        positions[i][c] = c;
        boolean real = c < len;
        attention[i][c] = real ? 1 : 0;
        labels[i][c] = real && c >= 2 ? r.nextInt(32) : TrainBatch.IGNORE_INDEX;
        mask[i][c] = c == 3 ? 0.5f : 1f;
      }
    }
    return new TrainBatch(ids, null, labels, mask, attention, positions, new float[] {1f, 0.5f, 2f});
  }

  /** Qwen2-VL style [3][B][T]: a 2x2 image grid at columns 1..4 (t fixed, h/w vary), text after it. */
  static long[][][] mrope() {
    long[][][] p = new long[3][3][7];
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 7; c++) {
        if (c == 0) {
          p[0][r][c] = p[1][r][c] = p[2][r][c] = 0;
        } else if (c <= 4) {
          int k = c - 1;
          p[0][r][c] = 1;
          p[1][r][c] = 1 + k / 2;
          p[2][r][c] = 1 + k % 2 + r; // rows differ
        } else {
          p[0][r][c] = p[1][r][c] = p[2][r][c] = c - 2 + r;
        }
      }
    }
    return p;
  }
}
