package io.ofa4j.task.metric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * N-gram counts of one token sequence, per order. Tokens never contain whitespace (they come from
 * whitespace splitting), so an n-gram is keyed by its tokens joined with a single space.
 */
final class Ngrams {

  private final List<Map<String, Integer>> byOrder;
  private final int length;

  private Ngrams(List<Map<String, Integer>> byOrder, int length) {
    this.byOrder = byOrder;
    this.length = length;
  }

  /** Counts the 1..maxOrder-grams of {@code tokens}. */
  static Ngrams of(List<String> tokens, int maxOrder) {
    List<Map<String, Integer>> orders = new ArrayList<>(maxOrder);
    for (int n = 1; n <= maxOrder; n++) {
      Map<String, Integer> counts = new HashMap<>();
      for (int i = 0; i + n <= tokens.size(); i++) {
        counts.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
      }
      orders.add(counts);
    }
    return new Ngrams(orders, tokens.size());
  }

  /** Splits on runs of whitespace, dropping leading and trailing blanks (Python's str.split()). */
  static List<String> split(String text) {
    String s = text.strip();
    return s.isEmpty() ? List.of() : List.of(s.split("\\s+"));
  }

  /** Counts of the n-grams of order {@code n} (1-based). */
  Map<String, Integer> order(int n) {
    return byOrder.get(n - 1);
  }

  int maxOrder() {
    return byOrder.size();
  }

  /** Number of tokens. */
  int length() {
    return length;
  }

  /** Per-n-gram maximum count over several sequences (the BLEU clipping counts). */
  static List<Map<String, Integer>> maxCounts(List<Ngrams> all, int maxOrder) {
    List<Map<String, Integer>> out = new ArrayList<>();
    for (int n = 1; n <= maxOrder; n++) {
      Map<String, Integer> max = new HashMap<>();
      for (Ngrams g : all) {
        g.order(n).forEach((k, v) -> max.merge(k, v, Math::max));
      }
      out.add(max);
    }
    return out;
  }

  /** The reference length closest to {@code hypLength}; ties go to the shorter reference. */
  static int closestLength(int hypLength, List<Integer> refLengths) {
    int best = -1;
    for (int len : refLengths) {
      int diff = Math.abs(hypLength - len);
      int bestDiff = best < 0 ? Integer.MAX_VALUE : Math.abs(hypLength - best);
      if (best < 0 || diff < bestDiff || (diff == bestDiff && len < best)) {
        best = len;
      }
    }
    return best;
  }
}
