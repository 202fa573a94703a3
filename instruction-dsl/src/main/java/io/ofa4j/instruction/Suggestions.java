package io.ofa4j.instruction;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * "Did you mean" suggestions for unknown names (modalities, attributes, YAML keys, task hooks),
 * shared by the DSL, the planner and the presets, like airlift {@code Bootstrap}'s suggestions.
 * Names are compared case-insensitively by optimal string alignment distance (Levenshtein plus
 * adjacent transpositions, so {@code IAMGE} is one edit from {@code IMAGE}).
 */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The known name closest to {@code found}, if one is close enough: at most 1 edit for names up
   * to 3 characters, 2 up to 6, and 3 beyond. Ties go to the alphabetically first name.
   */
  public static Optional<String> closest(String found, Collection<String> known) {
    Objects.requireNonNull(found, "found is null");
    Objects.requireNonNull(known, "known is null");
    String needle = found.toLowerCase(Locale.ROOT);
    int limit = needle.length() <= 3 ? 1 : needle.length() <= 6 ? 2 : 3;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(needle, candidate.toLowerCase(Locale.ROOT), limit);
      if (distance < bestDistance || distance == bestDistance && candidate.compareTo(best) < 0) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** {@code did you mean 'X'?} for the closest name, if any. */
  public static Optional<String> didYouMean(String found, Collection<String> known) {
    return closest(found, known).map(name -> "did you mean '" + name + "'?");
  }

  /** Optimal string alignment distance, or {@code limit + 1} when clearly above the limit. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] previous2 = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, previous2[j - 2] + 1);
        }
        current[j] = value;
      }
      int[] recycled = previous2;
      previous2 = previous;
      previous = current;
      current = recycled;
    }
    return previous[b.length()];
  }
}
