package io.ofa4j.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.runtime.testing.GoldenFixtures;
import io.ofa4j.runtime.weights.ParameterStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The opt-in BF16 weight path on {@code shared/golden/qwen2-tiny}, every weight cast to BFLOAT16
 * (round to nearest even, as {@code torch.Tensor.bfloat16}). Two checks: against the F32 path over
 * the same rounded weights (only the summation order differs, so within {@link #KERNEL_TOL}), and
 * against the F32 model's logits (the rounding itself: within {@link #ROUNDING_TOL}, greedy
 * continuations from {@code greedy.json} unchanged).
 */
class Qwen2Bf16Test {
  private static final Logger LOG = LoggerFactory.getLogger(Qwen2Bf16Test.class);
  private static final double KERNEL_TOL = 1e-5; // measured 2.4e-7
  private static final double ROUNDING_TOL = 0.02; // measured 3.6e-3
  private static Path dir;
  private static Qwen2Model f32;
  private static Qwen2Model bf16;
  private static Qwen2Model rounded; // F32 arrays holding the BF16-rounded values

  @BeforeAll
  static void load() {
    dir = GoldenFixtures.qwen2Tiny();
    Qwen2Checkpoint ckpt = Qwen2Checkpoint.load(dir);
    ParameterStore half = new ParameterStore();
    ParameterStore back = new ParameterStore();
    for (String key : ckpt.parameters().keys()) {
      INDArray h = ckpt.parameters().get(key).castTo(DataType.BFLOAT16).dup('c');
      half.put(key, h);
      back.put(key, h.castTo(DataType.FLOAT).dup('c'));
    }
    f32 = new Qwen2Model(ckpt.config(), ckpt.parameters());
    bf16 = new Qwen2Model(ckpt.config(), half);
    rounded = new Qwen2Model(ckpt.config(), back);
  }

  @AfterAll
  static void close() {
    for (Qwen2Model m : new Qwen2Model[] {f32, bf16, rounded}) {
      if (m != null) {
        m.close();
      }
    }
  }

  @Test
  void bf16LogitsAgreeWithF32AtEveryDecodeStepAndGreedyIdsMatch() throws IOException {
    JsonNode greedy = JsonMapper.builder().build().readTree(Files.readString(dir.resolve("greedy.json")));
    double kernelWorst = 0;
    double roundingWorst = 0;
    for (JsonNode c : greedy.get("cases")) {
      int[] prompt = Qwen2GoldenTest.ints(c.get("prompt_ids"));
      int[] want = Qwen2GoldenTest.ints(c.get("generated"));
      int[] got = new int[want.length];
      int max = prompt.length + want.length;
      try (Qwen2Session sb = bf16.startSession(1, max); Qwen2Session sr = rounded.startSession(1, max);
          Qwen2Session sf = f32.startSession(1, max)) {
        int[][] step = {prompt};
        for (int i = 0; i <= want.length; i++) {
          float[] lb = sb.append(step)[0];
          kernelWorst = Math.max(kernelWorst, maxDiff(lb, sr.append(step)[0]));
          roundingWorst = Math.max(roundingWorst, maxDiff(lb, sf.append(step)[0]));
          if (i < want.length) {
            got[i] = Qwen2GoldenTest.argmax(lb);
            step = new int[][] {{got[i]}};
          }
        }
      }
      assertThat(got).as(c.get("prompt_text").stringValue()).containsExactly(want);
    }
    LOG.info("BF16 vs F32 kernels on the same values: max |diff| {}; BF16 vs F32 weights: {}",
        kernelWorst, roundingWorst);
    assertThat(kernelWorst).as("BF16 kernels vs F32 kernels on the same values").isLessThan(KERNEL_TOL);
    assertThat(roundingWorst).as("BF16 weights vs F32 weights").isLessThan(ROUNDING_TOL)
        .isGreaterThan(0); // the rounding must show: the BF16 path really ran
  }

  @Test
  void mixedMatrixDtypesAreRejectedNamingTheWeight() {
    Qwen2Checkpoint ckpt = Qwen2Checkpoint.load(dir);
    String key = Qwen2WeightNames.layer(0) + "mlp.up_proj.weight";
    ckpt.parameters().put(key, ckpt.parameters().get(key).castTo(DataType.BFLOAT16).dup('c'));
    assertThatThrownBy(() -> new Qwen2Model(ckpt.config(), ckpt.parameters()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(key)
        .hasMessageContaining("BFLOAT16");
  }

  private static double maxDiff(float[] a, float[] b) {
    double max = 0;
    for (int i = 0; i < a.length; i++) {
      max = Math.max(max, Math.abs(a[i] - b[i]));
    }
    return max;
  }
}
