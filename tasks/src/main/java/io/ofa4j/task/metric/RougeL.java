package io.ofa4j.task.metric;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sentence-level ROUGE-L F1 for summarisation, as Google's {@code rouge_score} computes {@code
 * rougeL} without stemming: lower-case, every non-alphanumeric character becomes a space, split;
 * {@code P = LCS/|prediction|}, {@code R = LCS/|reference|}, {@code F = 2PR/(P+R)}; with several
 * references the best F is kept; averaged over examples. Score in 0..1.
 */
public final class RougeL implements Metric<String, List<String>> {

  @Override
  public String name() {
    return "rouge_l";
  }

  @Override
  public boolean higherIsBetter() {
    return true;
  }

  static List<String> tokens(String text) {
    return Ngrams.split(text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " "));
  }

  /** Precision, recall and F1 of one prediction against one reference. */
  static double[] score(String prediction, String reference) {
    List<String> p = tokens(prediction);
    List<String> r = tokens(reference);
    if (p.isEmpty() || r.isEmpty()) {
      return new double[] {0, 0, 0};
    }
    int lcs = Lcs.length(r, p);
    double precision = (double) lcs / p.size();
    double recall = (double) lcs / r.size();
    double f = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new double[] {precision, recall, f};
  }

  @Override
  public MetricResult compute(
      List<? extends String> predictions, List<? extends List<String>> references) {
    MetricInputs<String, List<String>> in = MetricInputs.pair(name(), predictions, references);
    double[] sums = new double[3];
    for (int i = 0; i < in.size(); i++) {
      double[] best = {0, 0, -1};
      for (String ref : in.reference(i)) {
        double[] s = score(in.prediction(i), ref == null ? "" : ref);
        if (s[2] > best[2]) {
          best = s;
        }
      }
      for (int k = 0; k < 3; k++) {
        sums[k] += Math.max(0, best[k]);
      }
    }
    int n = Math.max(1, in.size());
    Map<String, Double> details = new HashMap<>();
    details.put("precision", sums[0] / n);
    details.put("recall", sums[1] / n);
    return new MetricResult(name(), sums[2] / n, in.size(), details, in.problems());
  }
}
