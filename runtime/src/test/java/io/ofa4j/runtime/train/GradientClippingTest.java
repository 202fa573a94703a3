package io.ofa4j.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class GradientClippingTest {
  @Test
  void scalesAllGradientsByTheGlobalNorm() {
    INDArray a = Nd4j.createFromArray(3.0, 4.0);
    INDArray b = Nd4j.createFromArray(12.0);
    double norm = GradientClipping.clip(List.of(a, b), 6.5);
    assertThat(norm).isCloseTo(13.0, within(1e-12));
    double coef = 6.5 / (13.0 + 1e-6);
    assertThat(a.toDoubleVector()).containsExactly(new double[] {3 * coef, 4 * coef}, within(1e-12));
    assertThat(b.getDouble(0)).isCloseTo(12 * coef, within(1e-12));
  }

  @Test
  void leavesSmallGradientsAlone() {
    INDArray a = Nd4j.createFromArray(0.3, 0.4);
    assertThat(GradientClipping.clip(List.of(a), 1.0)).isCloseTo(0.5, within(1e-12));
    assertThat(a.toDoubleVector()).containsExactly(0.3, 0.4);
  }

  @Test
  void reportsNonFiniteNorms() {
    INDArray a = Nd4j.createFromArray(1.0, Double.NaN);
    assertThat(GradientClipping.clip(List.of(a), 1.0)).isNaN();
  }
}
