package io.ofa4j.preset.run;

import io.ofa4j.modality.pipeline.RawExample;
import io.ofa4j.modality.struct.Triple;
import io.ofa4j.planner.plan.SlotPlan;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.task.data.Example;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a dataset {@link Example} into the engine's {@link RawExample}, converting the values
 * whose dataset form differs from what the modality kit takes: DART-style triples, which readers
 * and generators give as {@code "subject | predicate | object"} strings, become {@link Triple}s
 * for STRUCT slots.
 */
final class RawValues {
  private RawValues() {}

  static RawExample of(TaskPlan plan, Example example) {
    Map<String, Object> slots = new LinkedHashMap<>(example.slots());
    for (SlotPlan s : plan.slots()) {
      Object v = slots.get(s.name());
      if (s.modality().equals("STRUCT") && v instanceof List<?> l && !l.isEmpty()
          && l.stream().allMatch(x -> x instanceof String str && str.split("\\|", -1).length == 3)) {
        slots.put(s.name(), l.stream().map(x -> triple((String) x)).toList());
      }
    }
    return new RawExample(slots, example.origin());
  }

  /** {@code "subject | predicate | object"} strings as triples. */
  static List<Triple> triples(List<String> texts) {
    return texts.stream().map(RawValues::triple).toList();
  }

  private static Triple triple(String s) {
    String[] p = s.split("\\|", -1);
    return new Triple(p[0].strip(), p[1].strip(), p[2].strip());
  }
}
