package io.ofa4j.modality.pipeline.kit;

import io.ofa4j.planner.spi.ModalityName;
import io.ofa4j.planner.plan.SlotPlan;

/** CATEGORY: a label of a closed set, written as its text (decoding is held to the label set). */
@ModalityName("CATEGORY")
public final class CategoryKit implements ModalityKit {
  @Override
  public String modality() {
    return "CATEGORY";
  }

  @Override
  public SlotEncoding encode(SlotPlan slot, Object value, KitContext ctx, ExampleState state) {
    String label = SlotValues.text(value).strip();
    if (label.isEmpty()) {
      throw new IllegalArgumentException("category label is empty");
    }
    return new SlotEncoding.Tokens(ctx.encode(state.spaced(label)));
  }
}
