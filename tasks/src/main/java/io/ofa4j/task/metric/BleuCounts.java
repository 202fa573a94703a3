package io.ofa4j.task.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The corpus statistics every BLEU variant starts from (Papineni et al. 2002, sec. 2.1-2.2): per
 * order, the hypothesis n-grams and their matches clipped to the per-n-gram maximum over the
 * references, plus the hypothesis length and the closest reference length (ties to the shorter),
 * all summed over segments. The variants differ only in how they smooth and combine them.
 */
final class BleuCounts {
  private final int maxOrder;
  /** Clipped matches per order, index {@code n - 1}. */
  final double[] correct;
  /** Hypothesis n-grams per order, index {@code n - 1}. */
  final double[] total;
  long hypLength;
  long refLength;

  BleuCounts(int maxOrder) {
    this.maxOrder = maxOrder;
    this.correct = new double[maxOrder];
    this.total = new double[maxOrder];
  }

  /** Adds one segment: its tokenised hypothesis and references. */
  void add(List<String> hypothesis, List<List<String>> references) {
    Ngrams hyp = Ngrams.of(hypothesis, maxOrder);
    List<Ngrams> refs = new ArrayList<>(references.size());
    List<Integer> refLengths = new ArrayList<>(references.size());
    for (List<String> r : references) {
      Ngrams g = Ngrams.of(r, maxOrder);
      refs.add(g);
      refLengths.add(g.length());
    }
    List<Map<String, Integer>> max = Ngrams.maxCounts(refs, maxOrder);
    for (int n = 1; n <= maxOrder; n++) {
      Map<String, Integer> refMax = max.get(n - 1);
      for (Map.Entry<String, Integer> e : hyp.order(n).entrySet()) {
        total[n - 1] += e.getValue();
        correct[n - 1] += Math.min(e.getValue(), refMax.getOrDefault(e.getKey(), 0));
      }
    }
    hypLength += hyp.length();
    refLength += Ngrams.closestLength(hyp.length(), refLengths);
  }
}
