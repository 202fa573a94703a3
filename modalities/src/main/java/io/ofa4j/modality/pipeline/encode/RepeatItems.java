package io.ofa4j.modality.pipeline.encode;

import io.ofa4j.modality.box.BoundingBox;
import io.ofa4j.modality.pipeline.RawExample;
import io.ofa4j.modality.pipeline.kit.SlotValues;
import io.ofa4j.planner.plan.Segment;
import io.ofa4j.planner.plan.SlotPlan;
import io.ofa4j.planner.plan.TaskPlan;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the items of a repeat group in an example and the value of each body slot in an item.
 *
 * <p>The items are a {@code List} stored under one of the body slots' names, or else under the one
 * example key no other slot uses (e.g. {@code objects} for {@code ( [BOX] [TEXT] )*}). An item is
 * a {@code Map} from slot name to value, or a record (such as the tasks module's {@code
 * LabeledBox}) whose components fill the body slots by type: a {@code double[]} or {@link
 * BoundingBox} for BOX, a {@code String} for text slots.
 */
final class RepeatItems {
  private RepeatItems() {}

  static List<?> items(TaskPlan plan, Segment.Repeat group, RawExample ex) {
    List<String> body = new ArrayList<>();
    for (Segment s : group.body()) {
      if (s instanceof Segment.SlotRef r) {
        body.add(plan.slots().get(r.slot()).name());
      }
    }
    for (String name : body) {
      if (ex.slots().get(name) instanceof List<?> l) {
        return l;
      }
    }
    List<String> candidates = new ArrayList<>();
    for (Map.Entry<String, Object> e : ex.slots().entrySet()) {
      boolean used = plan.slots().stream().anyMatch(s -> s.name().equals(e.getKey()));
      if (!used && e.getValue() instanceof List<?>) {
        candidates.add(e.getKey());
      }
    }
    if (candidates.size() != 1) {
      throw new ExampleEncodingException(ex.origin(), String.join("+", body), "(repeat group "
          + group.group() + ")", new IllegalArgumentException("expected one list of items under "
          + body + " or one unused key, found candidate keys " + candidates + " among " + ex.slots().keySet()));
    }
    return (List<?>) ex.slots().get(candidates.get(0));
  }

  static Object value(Object item, SlotPlan slot) {
    if (item instanceof Map<?, ?> m) {
      Object v = m.get(slot.name());
      if (v == null) {
        throw new IllegalArgumentException("repeat item has no '" + slot.name() + "': " + m.keySet());
      }
      return v;
    }
    if (item != null && item.getClass().isRecord()) {
      boolean box = slot.modality().equals("BOX");
      for (RecordComponent c : item.getClass().getRecordComponents()) {
        Class<?> t = c.getType();
        if (box ? (t == double[].class || t == BoundingBox.class) : t == String.class) {
          try {
            return c.getAccessor().invoke(item);
          } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot read " + c.getName() + " of " + item, e);
          }
        }
      }
    }
    throw new IllegalArgumentException("repeat item " + SlotValues.describe(item)
        + " gives no value for " + slot.modality() + " slot '" + slot.name() + "'");
  }
}
