package io.ofa4j.task.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Values from google-research rouge_score {@code rouge_scorer_test.py} (testRougeL*). */
class RougeLTest {

  @Test
  void reproducesConsecutiveAndNonConsecutiveCases() {
    // score(target="testing one two", prediction="testing one") -> P 1, R 2/3, F 4/5
    MetricResult r = new RougeL().compute(List.of("testing one"), List.of(List.of("testing one two")));
    assertThat(r.detail("precision")).isCloseTo(1.0, within(1e-12));
    assertThat(r.detail("recall")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(r.score()).isCloseTo(4.0 / 5, within(1e-12));
    MetricResult gap = new RougeL().compute(List.of("testing two"), List.of(List.of("testing one two")));
    assertThat(gap.score()).isCloseTo(4.0 / 5, within(1e-12));
  }

  @Test
  void emptyPredictionScoresZero() {
    assertThat(new RougeL().compute(List.of(""), List.of(List.of("testing one two"))).score()).isZero();
  }

  @Test
  void keepsBestReferenceAndLowercases() {
    // jhc659/DLCV hw3/evaluate_test.py prints rougeL 0.75 for this pair set
    MetricResult r = new RougeL().compute(List.of("i am a boy", "she is a girl"),
        List.of(List.of("am i a boy ?"), List.of("is she a girl ?")));
    assertThat(r.score()).isCloseTo(0.75, within(1e-12));
    MetricResult multi = new RougeL().compute(List.of("The Cat"), List.of(List.of("a dog", "the cat")));
    assertThat(multi.score()).isCloseTo(1.0, within(1e-12));
  }
}
