package io.ofa4j.task.metric;

import java.util.List;

/**
 * Levenshtein alignment counts between a reference and a hypothesis token sequence, with unit cost
 * for substitutions, deletions and insertions. Among minimum-cost alignments it prefers more hits,
 * which matches jiwer's hit/substitution/deletion/insertion counts.
 *
 * @param hits tokens that match
 * @param substitutions reference tokens replaced
 * @param deletions reference tokens missing from the hypothesis
 * @param insertions hypothesis tokens not in the reference
 */
public record EditDistance(int hits, int substitutions, int deletions, int insertions) {

  public EditDistance {
    if (hits < 0 || substitutions < 0 || deletions < 0 || insertions < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
  }

  /** Total edit operations. */
  public int errors() {
    return substitutions + deletions + insertions;
  }

  /** Aligns {@code reference} with {@code hypothesis}; O(|ref|*|hyp|) time, O(|hyp|) rows kept. */
  public static <T> EditDistance align(List<T> reference, List<T> hypothesis) {
    int n = reference.size();
    int m = hypothesis.size();
    // cost[j], and per cell the (s, d, i) counts of the chosen path; rows rolled over i
    int[][] prev = new int[m + 1][4];
    int[][] cur = new int[m + 1][4];
    for (int j = 0; j <= m; j++) {
      prev[j] = new int[] {j, 0, 0, j};
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = new int[] {i, 0, i, 0};
      for (int j = 1; j <= m; j++) {
        boolean same = reference.get(i - 1).equals(hypothesis.get(j - 1));
        int[] diag = prev[j - 1];
        int[] best = {diag[0] + (same ? 0 : 1), diag[1] + (same ? 0 : 1), diag[2], diag[3]};
        int[] up = prev[j];
        if (up[0] + 1 < best[0]) {
          best = new int[] {up[0] + 1, up[1], up[2] + 1, up[3]};
        }
        int[] left = cur[j - 1];
        if (left[0] + 1 < best[0]) {
          best = new int[] {left[0] + 1, left[1], left[2], left[3] + 1};
        }
        cur[j] = best;
      }
      int[][] t = prev;
      prev = cur;
      cur = t;
    }
    int[] end = prev[m];
    int hits = n - end[1] - end[2];
    return new EditDistance(hits, end[1], end[2], end[3]);
  }
}
