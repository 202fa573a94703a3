package io.ofa4j.planner.plan;

import static java.util.Objects.requireNonNull;

import io.ofa4j.planner.spi.GeneratorKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a plan's target is produced at inference.
 *
 * @param kind the generator kind
 * @param slots indices of the slots this generator produces
 * @param options generator options in print order (e.g. {@code max_length=1024})
 * @param parts sub-generators of {@code REPEATED} and {@code SEQUENCE}; empty otherwise
 * @param note a remark such as "planned only: …", or {@code null}
 */
public record GeneratorPlan(GeneratorKind kind, List<Integer> slots, Map<String, String> options,
    List<GeneratorPlan> parts, String note) {
  public GeneratorPlan {
    requireNonNull(kind, "kind is null");
    slots = List.copyOf(requireNonNull(slots, "slots is null"));
    options = Collections.unmodifiableMap(
        new LinkedHashMap<>(requireNonNull(options, "options is null")));
    parts = List.copyOf(requireNonNull(parts, "parts is null"));
    boolean composite = kind == GeneratorKind.REPEATED || kind == GeneratorKind.SEQUENCE;
    if (composite == parts.isEmpty()) {
      throw new IllegalArgumentException(kind + " generator with " + parts.size() + " parts");
    }
  }

  /** Whether this generator or one of its parts is planned only. */
  public boolean plannedOnly() {
    return kind == GeneratorKind.PLANNED_ONLY || parts.stream().anyMatch(GeneratorPlan::plannedOnly);
  }
}
