package io.ofa4j.task.metric;

import java.util.List;
import java.util.Map;

/**
 * Spider-style exact-set-match accuracy, simplified as described in {@link SqlStructure}: the
 * predicted query is correct when its clause structure equals the gold query's (first reference),
 * with literal values ignored. Unparseable input never throws; it simply does not match.
 */
public final class SqlExactSetMatch implements Metric<String, List<String>> {

  @Override
  public String name() {
    return "sql_exact_set_match";
  }

  @Override
  public boolean higherIsBetter() {
    return true;
  }

  /** Whether {@code predicted} matches {@code gold} under the simplified exact-set-match. */
  public static boolean matches(String predicted, String gold) {
    return SqlStructure.of(predicted).equals(SqlStructure.of(gold));
  }

  @Override
  public MetricResult compute(List<? extends String> predictions, List<? extends List<String>> references) {
    MetricInputs<String, List<String>> in = MetricInputs.pair(name(), predictions, references);
    int correct = 0;
    for (int i = 0; i < in.size(); i++) {
      if (matches(in.prediction(i), String.valueOf(in.reference(i).get(0)))) {
        correct++;
      }
    }
    return new MetricResult(name(), in.size() == 0 ? 0.0 : (double) correct / in.size(), in.size(),
        Map.of("correct", (double) correct), in.problems());
  }
}
