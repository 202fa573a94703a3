package io.ofa4j.preset.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelativeScoreTest {
  @Test
  void higherIsBetterDividesTheGeneralistByTheSpecialist() {
    assertThat(RelativeScore.percent(0.57, 0.60, true)).isCloseTo(95.0, within(1e-9));
    assertThat(RelativeScore.percent(0.9, 0.6, true)).as("generalist better").isCloseTo(150.0, within(1e-9));
  }

  @Test
  void lowerIsBetterInvertsTheErrorRatio() {
    // WER 0.40 generalist vs 0.20 specialist: twice the errors = half the performance
    assertThat(RelativeScore.percent(0.40, 0.20, false)).isCloseTo(50.0, within(1e-9));
    assertThat(RelativeScore.percent(0.20, 0.25, false)).as("generalist better").isCloseTo(125.0, within(1e-9));
    // direction matters: the same numbers read the other way
    assertThat(RelativeScore.percent(0.40, 0.20, true)).isCloseTo(200.0, within(1e-9));
  }

  @Test
  void zerosTieOrAreUndefined() {
    assertThat(RelativeScore.percent(0, 0, true)).isEqualTo(100.0);
    assertThat(RelativeScore.percent(0, 0, false)).isEqualTo(100.0);
    assertThat(RelativeScore.percent(0.3, 0, true)).isNaN();
    assertThat(RelativeScore.percent(0, 0.3, false)).as("perfect generalist WER").isNaN();
    assertThat(RelativeScore.percent(0, 0.3, true)).isEqualTo(0.0);
    assertThat(RelativeScore.percent(0.3, 0, false)).isEqualTo(0.0);
  }

  @Test
  void negativeOrNonFiniteScoresAreUndefined() {
    assertThat(RelativeScore.percent(Double.NaN, 0.5, true)).isNaN();
    assertThat(RelativeScore.percent(0.5, Double.POSITIVE_INFINITY, true)).isNaN();
    assertThat(RelativeScore.percent(-0.1, 0.5, true)).isNaN();
  }

  @Test
  void theMeanSkipsUndefinedPercentages() {
    assertThat(RelativeScore.mean(List.of(90.0, Double.NaN, 100.0))).isCloseTo(95.0, within(1e-9));
    assertThat(RelativeScore.mean(List.of(Double.NaN))).isNaN();
    assertThat(RelativeScore.mean(List.of())).isNaN();
  }
}
