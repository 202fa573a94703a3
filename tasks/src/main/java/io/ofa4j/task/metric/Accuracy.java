package io.ofa4j.task.metric;

import java.util.List;
import java.util.Map;

/**
 * Classification accuracy: a prediction is correct when, after trimming surrounding whitespace, it
 * equals one of the example's references exactly (case-sensitive; use {@link ExactMatch} for the
 * normalised variant). Score in 0..1.
 */
public final class Accuracy implements Metric<String, List<String>> {

  @Override
  public String name() {
    return "accuracy";
  }

  @Override
  public boolean higherIsBetter() {
    return true;
  }

  @Override
  public MetricResult compute(
      List<? extends String> predictions, List<? extends List<String>> references) {
    MetricInputs<String, List<String>> in = MetricInputs.pair(name(), predictions, references);
    int correct = 0;
    for (int i = 0; i < in.size(); i++) {
      String p = in.prediction(i).strip();
      if (in.reference(i).stream().anyMatch(r -> r != null && r.strip().equals(p))) {
        correct++;
      }
    }
    double score = in.size() == 0 ? 0.0 : (double) correct / in.size();
    return new MetricResult(
        name(), score, in.size(), Map.of("correct", (double) correct), in.problems());
  }
}
