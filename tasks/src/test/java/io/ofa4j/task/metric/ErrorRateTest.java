package io.ofa4j.task.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values from jitsi/jiwer tests/test_measures.py and tests/test_cer.py. */
class ErrorRateTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "This is a test|This is a test|0",
        "This is a test|''|1",
        "This is a test|This test|0.5",
        "i am a short ground truth|i am a considerably longer and very much incorrect hypothesis|1.1666666666666667",
        "X|X X Y Y|3",
        "X Y X|X Z|0.6666666666666666",
        "X|Y Z|2"
      })
  void reproducesJiwerWer(String truth, String hypothesis, double expected) {
    MetricResult r = new WordErrorRate().compute(List.of(hypothesis), List.of(List.of(truth)));
    assertThat(r.score()).isCloseTo(expected, within(1e-12));
  }

  @Test
  void werIsCorpusLevel() {
    // test_measures.py: a list of sentences equals their concatenation when split points agree
    MetricResult r = new WordErrorRate().compute(
        List.of("i like python", "what you mean or swallow"),
        List.of(List.of("i like monthy python"), List.of("what do you mean african or european swallow")));
    MetricResult joined = new WordErrorRate().compute(List.of("i like python what you mean or swallow"),
        List.of(List.of("i like monthy python what do you mean african or european swallow")));
    assertThat(r.score()).isCloseTo(joined.score(), within(1e-12)).isCloseTo(4.0 / 12, within(1e-12));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "This is a test|This test|0.35714285714285715",
        "This is a test|''|1",
        "X|X X Y Y|6",
        "X Y X|X Z|0.6",
        "X|Y Z|3"
      })
  void reproducesJiwerCer(String truth, String hypothesis, double expected) {
    assertThat(new CharErrorRate().compute(List.of(hypothesis), List.of(List.of(truth))).score())
        .isCloseTo(expected, within(1e-12));
  }

  @Test
  void reproducesJiwerCerCounts() {
    // test_cer.py test_return_dict: cer 0.7, hits 6, substitutions 1, deletions 3, insertions 3
    MetricResult r = new CharErrorRate().compute(List.of("i am", "y good"), List.of(List.of("i"), List.of("am i good")));
    assertThat(r.score()).isCloseTo(0.7, within(1e-12));
    assertThat(r.detail("hits")).isEqualTo(6.0);
    assertThat(r.detail("substitutions")).isEqualTo(1.0);
    assertThat(r.detail("deletions")).isEqualTo(3.0);
    assertThat(r.detail("insertions")).isEqualTo(3.0);
  }

  @Test
  void emptyReferenceIsReportedAndSkipped() {
    MetricResult r = new WordErrorRate().compute(List.of("test", "a b"), List.of(List.of(""), List.of("a b")));
    assertThat(r.score()).isZero();
    assertThat(r.count()).isEqualTo(1);
    assertThat(r.problems()).anyMatch(p -> p.contains("reference 0 is empty"));
  }
}
