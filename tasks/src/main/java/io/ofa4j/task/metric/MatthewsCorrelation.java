package io.ofa4j.task.metric;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matthews correlation coefficient over string labels (the CoLA metric), in its multiclass form
 * (Gorodkin 2004), which is what scikit-learn's {@code matthews_corrcoef} computes:
 *
 * <pre>MCC = (c*s - sum_k p_k*t_k) / sqrt((s^2 - sum_k p_k^2) * (s^2 - sum_k t_k^2))</pre>
 *
 * with {@code c} correct predictions, {@code s} samples, {@code p_k}/{@code t_k} how often class k
 * was predicted/true. A zero denominator gives 0, as in scikit-learn. Only the first reference of
 * each example is the gold label.
 */
public final class MatthewsCorrelation implements Metric<String, List<String>> {

  @Override
  public String name() {
    return "mcc";
  }

  @Override
  public boolean higherIsBetter() {
    return true;
  }

  @Override
  public MetricResult compute(
      List<? extends String> predictions, List<? extends List<String>> references) {
    MetricInputs<String, List<String>> in = MetricInputs.pair(name(), predictions, references);
    Map<String, Long> predicted = new HashMap<>();
    Map<String, Long> truth = new HashMap<>();
    long correct = 0;
    for (int i = 0; i < in.size(); i++) {
      String p = in.prediction(i).strip();
      String t = String.valueOf(in.reference(i).get(0)).strip();
      predicted.merge(p, 1L, Long::sum);
      truth.merge(t, 1L, Long::sum);
      if (p.equals(t)) {
        correct++;
      }
    }
    double s = in.size();
    double pt = 0;
    for (Map.Entry<String, Long> e : predicted.entrySet()) {
      pt += (double) e.getValue() * truth.getOrDefault(e.getKey(), 0L);
    }
    double pp = predicted.values().stream().mapToDouble(v -> (double) v * v).sum();
    double tt = truth.values().stream().mapToDouble(v -> (double) v * v).sum();
    double denominator = Math.sqrt((s * s - pp) * (s * s - tt));
    double score = denominator == 0 ? 0.0 : (correct * s - pt) / denominator;
    return new MetricResult(
        name(), score, in.size(), Map.of("correct", (double) correct), in.problems());
  }
}
