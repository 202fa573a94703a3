package io.ofa4j.planner.internal;

import java.util.Collection;
import java.util.Locale;

/**
 * Did-you-mean helper: the known name closest to what was written by optimal-string-alignment
 * edit distance (case-insensitive), if it is close enough to be a plausible typo.
 */
public final class Suggest {

  private Suggest() {}

  /** The closest known name, or {@code null} when none is within a third of the length. */
  public static String closest(String found, Collection<String> known) {
    if (found.length() > 64) {
      return null; // no typo of a short name; also bounds the work on hostile input
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String f = found.toLowerCase(Locale.ROOT);
    for (String k : known) {
      int d = distance(f, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    int limit = Math.max(1, Math.max(found.length(), best == null ? 0 : best.length()) / 3);
    return best != null && bestDistance <= limit ? best : null;
  }

  /** {@code did you mean 'X'?}, or {@code fallback} when nothing is close. */
  public static String help(String found, Collection<String> known, String fallback) {
    String c = closest(found, known);
    return c == null ? fallback : "did you mean '" + c + "'?";
  }

  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
