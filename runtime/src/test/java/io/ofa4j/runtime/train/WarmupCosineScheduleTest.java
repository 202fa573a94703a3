package io.ofa4j.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WarmupCosineScheduleTest {
  @Test
  void warmsUpLinearlyThenDecaysAlongHalfACosine() {
    WarmupCosineSchedule s = new WarmupCosineSchedule(1e-3, 10, 110, 0);
    assertThat(s.at(0)).isEqualTo(0);
    assertThat(s.at(5)).isCloseTo(5e-4, within(1e-15));
    assertThat(s.at(10)).isCloseTo(1e-3, within(1e-15));
    assertThat(s.at(35)).isCloseTo(1e-3 * 0.5 * (1 + Math.cos(Math.PI * 0.25)), within(1e-15));
    assertThat(s.at(60)).isCloseTo(5e-4, within(1e-15));
    assertThat(s.at(110)).isCloseTo(0, within(1e-15));
    assertThat(s.at(500)).isCloseTo(0, within(1e-15));
  }

  @Test
  void decaysToTheFloor() {
    WarmupCosineSchedule s = new WarmupCosineSchedule(2e-3, 0, 100, 0.1);
    assertThat(s.at(0)).isCloseTo(2e-3, within(1e-15));
    assertThat(s.at(100)).isCloseTo(2e-4, within(1e-15));
  }

  @Test
  void rejectsWarmupLongerThanTheRun() {
    assertThatThrownBy(() -> new WarmupCosineSchedule(1e-3, 20, 10, 0))
        .hasMessage("need 0 <= warmupSteps (20) <= totalSteps (10)");
  }
}
