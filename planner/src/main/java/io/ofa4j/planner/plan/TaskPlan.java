package io.ofa4j.planner.plan;

import static java.util.Objects.requireNonNull;

import io.ofa4j.planner.spi.PositionScheme;
import io.ofa4j.planner.spi.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan of one template for a decoder-only Qwen2: the whole sequence as segments, the slots,
 * the target generator and the forced target prefix.
 *
 * <p>The parser trims plain text, so the pieces an instruction wrote on one side (plain text and
 * slot values) are tokenized joined by one space, as OFASys does; layout text and special tokens
 * are joined to their neighbours without a space.
 *
 * @param template 1-based template number
 * @param layout chat or plain
 * @param positions 1-D RoPE, or M-RoPE when a vision span is present
 * @param sequence the decoder sequence in order
 * @param slots every slot occurrence, in order of appearance
 * @param generator how the target is produced
 * @param forcedPrefix target segments before the first loss-carrying one: forced and stripped
 *     from the output at inference
 */
public record TaskPlan(int template, Layout layout, PositionScheme positions,
    List<Segment> sequence, List<SlotPlan> slots, GeneratorPlan generator,
    List<Segment> forcedPrefix) {

  public TaskPlan {
    if (template < 1) {
      throw new IllegalArgumentException("template (" + template + ") must be >= 1");
    }
    requireNonNull(layout, "layout is null");
    requireNonNull(positions, "positions is null");
    sequence = List.copyOf(requireNonNull(sequence, "sequence is null"));
    slots = List.copyOf(requireNonNull(slots, "slots is null"));
    requireNonNull(generator, "generator is null");
    forcedPrefix = List.copyOf(requireNonNull(forcedPrefix, "forcedPrefix is null"));
    for (int i = 0; i < slots.size(); i++) {
      if (slots.get(i).index() != i) {
        throw new IllegalArgumentException("slot '" + slots.get(i).name() + "' has index "
            + slots.get(i).index() + " at position " + i);
      }
    }
  }

  /** Slots on one side, in order. */
  public List<SlotPlan> slots(Side side) {
    return slots.stream().filter(s -> s.side() == side).toList();
  }

  /** The segments that carry loss, flattened out of repeat groups, in order. */
  public List<Segment> lossSegments() {
    List<Segment> out = new ArrayList<>();
    collectLoss(sequence, out);
    return out;
  }

  private static void collectLoss(List<Segment> segments, List<Segment> out) {
    for (Segment s : segments) {
      if (s instanceof Segment.Repeat r) {
        collectLoss(r.body(), out);
      } else if (s.loss()) {
        out.add(s);
      }
    }
  }
}
