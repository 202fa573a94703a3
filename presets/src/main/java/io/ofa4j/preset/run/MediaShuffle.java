package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.RawExample;
import io.ofa4j.planner.plan.SlotPlan;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.planner.spi.Side;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The media control of an evaluation: the validation examples with every source media slot
 * (IMAGE, VIDEO, AUDIO, MOTION) taken from the next example (a rotation by one), text slots kept.
 * A model that reads its media scores clearly worse on these than on the real pairs; a model that
 * scores the same answers from the text alone (a from-scratch decoder can learn the text priors
 * of a task and never attend to the image tokens) is exposed by it.
 */
final class MediaShuffle {
  /** Suffix of the control's metric key, e.g. {@code cider@media_shuffled}. */
  static final String SUFFIX = "@media_shuffled";
  private static final Set<String> MEDIA = Set.of("IMAGE", "VIDEO", "AUDIO", "MOTION");

  private MediaShuffle() {}

  /** Names of the plan's source media slots (empty: the task has no control). */
  static List<String> mediaSlots(TaskPlan plan) {
    requireNonNull(plan, "plan is null");
    return plan.slots().stream().filter(s -> s.side() == Side.SOURCE && MEDIA.contains(s.modality()))
        .map(SlotPlan::name).distinct().toList();
  }

  /**
   * {@code examples} with the {@code slots} values of example {@code (i + 1) mod n} in example
   * {@code i}; fewer than two examples come back unchanged.
   */
  static List<RawExample> rotate(List<RawExample> examples, List<String> slots) {
    requireNonNull(examples, "examples is null");
    requireNonNull(slots, "slots is null");
    int n = examples.size();
    if (n < 2 || slots.isEmpty()) {
      return List.copyOf(examples);
    }
    List<RawExample> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      RawExample donor = examples.get((i + 1) % n);
      Map<String, Object> values = new LinkedHashMap<>(examples.get(i).slots());
      for (String s : slots) {
        if (donor.slots().containsKey(s)) {
          values.put(s, donor.slots().get(s));
        }
      }
      out.add(new RawExample(values, examples.get(i).origin() + "+media-of-" + donor.origin()));
    }
    return out;
  }
}
