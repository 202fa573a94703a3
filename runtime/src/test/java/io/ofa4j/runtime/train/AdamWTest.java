package io.ofa4j.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class AdamWTest {
  private static final AdamWConfig CONFIG = new AdamWConfig(0.9, 0.999, 1e-8, 0.01);

  @Test
  void firstStepMatchesHandComputedPyTorchValues() {
    INDArray p = Nd4j.createFromArray(1.0, -2.0).reshape(1, 2);
    AdamW adamW = new AdamW(CONFIG, Map.of("w", p), k -> true);
    adamW.step(Map.of("w", Nd4j.createFromArray(0.5, 0.1).reshape(1, 2)), 0.1);
    // p = p * (1 - lr * wd) - lr * g / (|g| + eps) on the first step (bias-corrected m = g, v = g^2)
    assertThat(p.getDouble(0)).isCloseTo(0.999 - 0.1 * 0.5 / (0.5 + 1e-8), within(1e-12));
    assertThat(p.getDouble(1)).isCloseTo(-1.998 - 0.1 * 0.1 / (0.1 + 1e-8), within(1e-12));
    assertThat(p.getDouble(0)).isCloseTo(0.899, within(1e-7));
  }

  @Test
  void threeStepsFollowThePyTorchFormula() {
    double[] grads = {0.5, -0.25, 0.3};
    double lr = 0.05;
    INDArray p = Nd4j.createFromArray(0.7).reshape(1, 1);
    AdamW adamW = new AdamW(CONFIG, Map.of("w", p), k -> true);
    double ref = 0.7;
    double m = 0;
    double v = 0;
    for (int t = 1; t <= grads.length; t++) {
      double g = grads[t - 1];
      adamW.step(Map.of("w", Nd4j.createFromArray(g).reshape(1, 1)), lr);
      // torch.optim.AdamW (single tensor path), written out by hand
      ref *= 1 - lr * 0.01;
      m = 0.9 * m + 0.1 * g;
      v = 0.999 * v + 0.001 * g * g;
      double denom = Math.sqrt(v) / Math.sqrt(1 - Math.pow(0.999, t)) + 1e-8;
      ref -= lr / (1 - Math.pow(0.9, t)) * m / denom;
      assertThat(p.getDouble(0)).as("step %d", t).isCloseTo(ref, within(1e-12));
    }
    assertThat(adamW.stepCount()).isEqualTo(3);
  }

  @Test
  void fusedFloat32PathFollowsThePyTorchFormula() {
    int n = 37; // not a multiple of the vector width: the scalar tail runs too
    INDArray p = Nd4j.linspace(-1, 1, n, DataType.FLOAT).reshape(1, n).dup();
    double[] ref = p.toDoubleVector();
    double[] m = new double[n];
    double[] v = new double[n];
    AdamW adamW = new AdamW(CONFIG, Map.of("w", p), k -> true);
    double lr = 0.01;
    assertThat(AdamWKernel.applies(p)).isTrue();
    for (int t = 1; t <= 3; t++) {
      INDArray g = Nd4j.linspace(0.5 * t, -0.3, n, DataType.FLOAT).reshape(1, n).dup();
      adamW.step(Map.of("w", g), lr);
      double[] gd = g.toDoubleVector();
      for (int i = 0; i < n; i++) {
        ref[i] *= 1 - lr * 0.01;
        m[i] = 0.9 * m[i] + 0.1 * gd[i];
        v[i] = 0.999 * v[i] + 0.001 * gd[i] * gd[i];
        ref[i] -= lr / (1 - Math.pow(0.9, t)) * m[i] / (Math.sqrt(v[i]) / Math.sqrt(1 - Math.pow(0.999, t)) + 1e-8);
      }
    }
    assertThat(p.toDoubleVector()).containsExactly(ref, within(2e-6));
    assertThat(adamW.state().expAvg().get("w").toDoubleVector()).containsExactly(m, within(1e-6));
  }

  @Test
  void skipsDecayWhereThePredicateSaysSo() {
    INDArray bias = Nd4j.createFromArray(1.0);
    AdamW adamW = new AdamW(new AdamWConfig(0.9, 0.999, 1e-8, 0.5), Map.of("b", bias), k -> false);
    adamW.step(Map.of("b", Nd4j.createFromArray(0.0)), 0.1);
    assertThat(bias.getDouble(0)).isEqualTo(1.0);
  }

  @Test
  void restoredStateContinuesIdentically() {
    INDArray a = Nd4j.createFromArray(0.3, -0.4);
    INDArray b = a.dup();
    AdamW first = new AdamW(CONFIG, Map.of("w", a), k -> true);
    first.step(Map.of("w", Nd4j.createFromArray(0.2, 0.1)), 0.01);
    first.step(Map.of("w", Nd4j.createFromArray(-0.1, 0.3)), 0.01);
    AdamWState saved = first.state();
    b.assign(a);
    AdamW second = new AdamW(CONFIG, Map.of("w", b), k -> true);
    second.restore(saved);
    first.step(Map.of("w", Nd4j.createFromArray(0.05, -0.2)), 0.01);
    second.step(Map.of("w", Nd4j.createFromArray(0.05, -0.2)), 0.01);
    assertThat(second.stepCount()).isEqualTo(3);
    assertThat(b.toDoubleVector()).containsExactly(a.toDoubleVector());
  }

  @Test
  void rejectsAGradientOfTheWrongShape() {
    AdamW adamW = new AdamW(CONFIG, Map.of("w", Nd4j.zeros(2, 3)), k -> true);
    assertThatThrownBy(() -> adamW.step(Map.of("w", Nd4j.zeros(3, 2)), 0.1))
        .hasMessageContaining("gradient of 'w' has shape [3, 2], parameter has [2, 3]");
    assertThatThrownBy(() -> adamW.step(Map.of(), 0.1)).hasMessageContaining("no gradient for parameter 'w'");
  }

  @Test
  void inactiveParametersKeepValuesAndMomentsBitForBit() {
    INDArray a = Nd4j.createFromArray(1f, -2f).reshape(1, 2);
    INDArray b = Nd4j.createFromArray(0.5f, 3f).reshape(1, 2);
    AdamW adamW = new AdamW(CONFIG, Map.of("a", a, "b", b), k -> true);
    adamW.step(Map.of("a", Nd4j.createFromArray(0.1f, 0.2f).reshape(1, 2),
        "b", Nd4j.createFromArray(0.3f, -0.4f).reshape(1, 2)), 0.1);
    INDArray bBefore = b.dup();
    INDArray mBefore = adamW.state().expAvg().get("b");
    INDArray vBefore = adamW.state().expAvgSq().get("b");
    INDArray aBefore = a.dup();
    // "b" is frozen this step: no gradient is needed for it and nothing of it changes
    adamW.step(Map.of("a", Nd4j.createFromArray(0.1f, 0.2f).reshape(1, 2)), 0.1, "a"::equals);
    assertThat(b).isEqualTo(bBefore);
    assertThat(adamW.state().expAvg().get("b")).isEqualTo(mBefore);
    assertThat(adamW.state().expAvgSq().get("b")).isEqualTo(vBefore);
    assertThat(a).isNotEqualTo(aBefore);
    assertThat(adamW.stepCount()).isEqualTo(2);
  }
}
