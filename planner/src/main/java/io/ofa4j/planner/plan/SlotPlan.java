package io.ofa4j.planner.plan;

import static java.util.Objects.requireNonNull;

import io.ofa4j.instruction.ast.SourceSpan;
import io.ofa4j.planner.spi.Encoding;
import io.ofa4j.planner.spi.LossRule;
import io.ofa4j.planner.spi.Side;
import io.ofa4j.planner.spi.SlotAttributes;

/**
 * Everything the runtime needs to know about one slot occurrence.
 *
 * @param index position in {@link TaskPlan#slots()}
 * @param name the data column; unnamed slots get {@code <modality>_<n>} (e.g. {@code box_0})
 * @param named whether the instruction wrote the name
 * @param side source or target
 * @param modality canonical modality name
 * @param encoding tokens or adapter embeddings
 * @param attributes typed attribute values with defaults filled in
 * @param preprocessor resolved preprocessor name
 * @param adapter resolved adapter name
 * @param postprocessor post-processor for generated targets, or {@code null} for source and
 *     forced slots
 * @param loss the slot's loss rule
 * @param repeatGroup index of the enclosing repeat group, or -1
 * @param span where the slot was written
 */
public record SlotPlan(
    int index,
    String name,
    boolean named,
    Side side,
    String modality,
    Encoding encoding,
    SlotAttributes attributes,
    String preprocessor,
    String adapter,
    String postprocessor,
    LossRule loss,
    int repeatGroup,
    SourceSpan span) {

  public SlotPlan {
    requireNonNull(name, "name is null");
    requireNonNull(side, "side is null");
    requireNonNull(modality, "modality is null");
    requireNonNull(encoding, "encoding is null");
    requireNonNull(attributes, "attributes is null");
    requireNonNull(preprocessor, "preprocessor is null");
    requireNonNull(adapter, "adapter is null");
    requireNonNull(loss, "loss is null");
    requireNonNull(span, "span is null");
    if (side == Side.SOURCE && loss != LossRule.NONE) {
      throw new IllegalArgumentException("source slot '" + name + "' cannot carry loss " + loss);
    }
  }

  /** Whether this slot is generated (a target slot carrying loss). */
  public boolean generated() {
    return side == Side.TARGET && loss != LossRule.NONE;
  }
}
