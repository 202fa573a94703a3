package io.ofa4j.task.metric;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The share of examples whose prediction equals at least one of their references after the same
 * normalisation of both sides: the body of {@link Accuracy} (strip only) and {@link ExactMatch}
 * (SQuAD-style normalisation). Details: {@code correct}.
 */
final class ReferenceMatch {
  private ReferenceMatch() {}

  static MetricResult rate(String name, MetricInputs<String, List<String>> in, UnaryOperator<String> normalize) {
    int correct = 0;
    for (int i = 0; i < in.size(); i++) {
      String p = normalize.apply(in.prediction(i));
      if (in.reference(i).stream().anyMatch(r -> r != null && normalize.apply(r).equals(p))) {
        correct++;
      }
    }
    double score = in.size() == 0 ? 0.0 : (double) correct / in.size();
    return new MetricResult(name, score, in.size(), Map.of("correct", (double) correct), in.problems());
  }
}
