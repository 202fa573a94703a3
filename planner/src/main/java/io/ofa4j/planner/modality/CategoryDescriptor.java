package io.ofa4j.planner.modality;

import io.ofa4j.planner.spi.AttributeSpec;
import io.ofa4j.planner.spi.Encoding;
import io.ofa4j.planner.spi.GeneratorKind;
import io.ofa4j.planner.spi.LossRule;
import io.ofa4j.planner.spi.ModalityName;
import io.ofa4j.planner.spi.SlotAttributes;
import io.ofa4j.planner.spi.TargetSupport;
import java.util.List;
import java.util.Map;

/**
 * CATEGORY: a class label written as its name. As a target it is always closed-set: loss and
 * decoding are restricted to the labels ({@code labels="a,b,c"} or the column's distinct values).
 */
@ModalityName("CATEGORY")
public final class CategoryDescriptor extends BaseDescriptor {

  /** The built-in descriptor. */
  public CategoryDescriptor() {
    super("CATEGORY", "a class label from a fixed set", Encoding.TOKENS,
        CommonAttributes.join(CommonAttributes.base(), List.of(
            AttributeSpec.text("labels",
                "comma-separated label list; default: the column's distinct values"))),
        List.of("category"), List.of("text"), List.of("category"));
  }

  @Override
  public boolean canBeTarget() {
    return true;
  }

  @Override
  public TargetSupport targetSupport(SlotAttributes attributes, String preprocessor,
      String adapter) {
    String labels = attributes.text("labels");
    return new TargetSupport.Generatable(LossRule.CLOSED_SET_CE, GeneratorKind.CLOSED_SET,
        labels == null ? Map.of() : Map.of("labels", labels), null);
  }
}
