package io.ofa4j.modality.pipeline.kit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Partitions a micro-batch's spans into groups that one adapter graph run can embed together:
 * spans with equal batch keys, in order of first appearance, each group at most {@code rowLimit}
 * feature rows (a span over the limit forms a group of its own). A {@code null} key means the
 * span runs alone.
 */
final class SpanGroups {
  private SpanGroups() {}

  /**
   * @param spans the spans of one adapter
   * @param key batch key of a span, {@code null} for "never combined"
   * @param rowLimit most feature rows ({@code values.size(0)} summed) in one group
   * @return groups of indices into {@code spans}; every index appears exactly once
   */
  static List<List<Integer>> of(List<SpanFeatures> spans, Function<SpanFeatures, String> key, long rowLimit) {
    List<List<Integer>> done = new ArrayList<>();
    Map<String, List<Integer>> open = new LinkedHashMap<>();
    Map<String, Long> rows = new LinkedHashMap<>();
    for (int i = 0; i < spans.size(); i++) {
      SpanFeatures f = spans.get(i);
      String k = key.apply(f);
      if (k == null) {
        done.add(List.of(i));
        continue;
      }
      long n = f.values().size(0);
      if (open.containsKey(k) && rows.get(k) + n > rowLimit) {
        done.add(open.remove(k));
        rows.remove(k);
      }
      open.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
      rows.merge(k, n, Long::sum);
    }
    done.addAll(open.values());
    return done;
  }
}
