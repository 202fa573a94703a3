package io.ofa4j.runtime.multitask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BestTrackerTest {
  /** "acc" higher-better with a published baseline 0.5; "ppl" lower-better, baseline from the run. */
  private static final Evaluator EVAL = new Evaluator() {
    @Override
    public Map<String, Double> evaluate(String task) {
      throw new UnsupportedOperationException();
    }

    @Override
    public PrimaryMetric primaryMetric(String task) {
      return task.equals("acc") ? new PrimaryMetric("accuracy", true) : new PrimaryMetric("loss", false);
    }

    @Override
    public Optional<Double> baseline(String task) {
      return task.equals("acc") ? Optional.of(0.5) : Optional.empty();
    }
  };

  private static Map<String, Map<String, Double>> eval(double acc, double loss) {
    return Map.of("acc", Map.of("accuracy", acc), "ppl", Map.of("loss", loss, "other", 9.0));
  }

  @Test
  void overallIsTheMeanRelativeImprovementOverTheBaselines() {
    BestTracker t = new BestTracker(BestMetrics.empty());
    assertThat(t.update(10, eval(0.6, 4.0), EVAL)).isTrue();
    // acc: (0.6 - 0.5) / 0.5 = 0.2; ppl: first evaluation is its own baseline -> 0
    assertThat(t.state().overall().value()).isCloseTo(0.1, within(1e-12));
    assertThat(t.state().baselines()).containsEntry("ppl", 4.0);
    // acc worse (0.55 -> 0.1) but loss 4 -> 3 (+0.25): mean 0.175 beats 0.1
    assertThat(t.update(20, eval(0.55, 3.0), EVAL)).isTrue();
    assertThat(t.state().overall().step()).isEqualTo(20);
    assertThat(t.state().perTask().get("acc")).isEqualTo(new BestMetrics.Best(10, 0.6));
    assertThat(t.state().perTask().get("ppl")).isEqualTo(new BestMetrics.Best(20, 3.0));
    assertThat(t.update(30, eval(0.5, 3.9), EVAL)).isFalse();
    assertThat(t.update(40, eval(Double.NaN, 1.0), EVAL)).isFalse();
    assertThat(t.state().overall().step()).isEqualTo(20);
  }

  @Test
  void aZeroBaselineDoesNotDivideByZero() {
    assertThat(BestTracker.score(0.01, 0.0, true)).isCloseTo(10.0, within(1e-12));
  }

  @Test
  void missingPrimaryMetricNamesTaskAndMetric() {
    BestTracker t = new BestTracker(BestMetrics.empty());
    assertThatThrownBy(() -> t.update(1, Map.of("acc", Map.of("bleu", 1.0)), EVAL))
        .hasMessageContaining("task 'acc' lacks its primary metric 'accuracy'");
  }
}
