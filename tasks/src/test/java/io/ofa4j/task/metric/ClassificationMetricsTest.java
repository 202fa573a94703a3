package io.ofa4j.task.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {

  private static List<List<String>> refs(String... labels) {
    return Arrays.stream(labels).map(List::of).toList();
  }

  @Test
  void reproducesSklearnMatthewsExample() {
    // scikit-learn matthews_corrcoef docstring: y_true [+1,+1,+1,-1], y_pred [+1,-1,+1,+1] -> -0.33...
    MetricResult r = new MatthewsCorrelation().compute(List.of("1", "-1", "1", "1"), refs("1", "1", "1", "-1"));
    assertThat(r.score()).isCloseTo(-1.0 / 3, within(1e-12));
  }

  @Test
  void matthewsIsZeroForConstantPredictionsAndOneWhenPerfect() {
    assertThat(new MatthewsCorrelation().compute(List.of("a", "a", "a"), refs("a", "b", "a")).score()).isZero();
    assertThat(new MatthewsCorrelation().compute(List.of("a", "b", "c"), refs("a", "b", "c")).score())
        .isCloseTo(1.0, within(1e-12));
  }

  @Test
  void matthewsMulticlassMatchesGorodkinFormula() {
    // y_true [0,0,1,1,2,2], y_pred [0,1,1,1,2,0]: c=4, s=6, p=(2,3,1), t=(2,2,2)
    // (4*6 - (4+6+2)) / sqrt((36-14)*(36-12)) = 12 / sqrt(528)
    MetricResult r = new MatthewsCorrelation().compute(List.of("0", "1", "1", "1", "2", "0"), refs("0", "0", "1", "1", "2", "2"));
    assertThat(r.score()).isCloseTo(12 / Math.sqrt(528), within(1e-12));
  }

  @Test
  void accuracyAcceptsAnyReferenceAndTrims() {
    MetricResult r = new Accuracy().compute(List.of(" yes ", "no", "maybe"),
        List.of(List.of("yes"), List.of("yes", "no"), List.of("Maybe")));
    assertThat(r.score()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void exactMatchNormalises() {
    assertThat(ExactMatch.normalize("The  Eiffel-Tower!")).isEqualTo("eiffeltower");
    MetricResult r = new ExactMatch().compute(List.of("the Eiffel tower.", "Paris"), List.of(List.of("Eiffel Tower"), List.of("London")));
    assertThat(r.score()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void mismatchedLengthsAreReportedNotThrown() {
    MetricResult r = new Accuracy().compute(List.of("a", "b"), refs("a"));
    assertThat(r.count()).isEqualTo(1);
    assertThat(r.score()).isEqualTo(1.0);
    assertThat(r.problems()).singleElement().asString().contains("2 predictions but 1 references");
  }
}
