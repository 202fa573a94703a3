package io.ofa4j.planner.modality;

import io.ofa4j.planner.spi.AttributeSpec;
import io.ofa4j.planner.spi.Encoding;
import io.ofa4j.planner.spi.GeneratorKind;
import io.ofa4j.planner.spi.LossRule;
import io.ofa4j.planner.spi.ModalityName;
import io.ofa4j.planner.spi.SlotAttributes;
import io.ofa4j.planner.spi.TargetSupport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BOX (alias BOUNDING_BOX): a box {@code x1,y1,x2,y2} quantized into location tokens
 * {@code <bin_0>}…{@code <bin_{n-1}>}, exactly four per box (OFA's location vocabulary).
 */
@ModalityName("BOX")
public final class BoxDescriptor extends BaseDescriptor {

  /** Tokens per box: x1, y1, x2, y2. */
  public static final int TOKENS_PER_BOX = 4;

  /** The built-in descriptor. */
  public BoxDescriptor() {
    super("BOX", "a bounding box as four location tokens", Encoding.TOKENS,
        CommonAttributes.join(CommonAttributes.base(), List.of(
            AttributeSpec.integer("num_bins", 1000, 2, 10000L,
                "location bins per axis (<bin_0> … <bin_{n-1}>)"),
            AttributeSpec.oneOf("format", "xyxy", List.of("xyxy", "xywh"),
                "how the column writes a box: corners x1,y1,x2,y2 or corner and size x,y,w,h"))),
        List.of("box_quantize"), List.of("text"), List.of("box_dequantize"));
  }

  @Override
  public Set<String> aliases() {
    return Set.of("BOUNDING_BOX");
  }

  @Override
  public boolean canBeTarget() {
    return true;
  }

  @Override
  public TargetSupport targetSupport(SlotAttributes attributes, String preprocessor,
      String adapter) {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("tokens_per_box", Integer.toString(TOKENS_PER_BOX));
    options.put("num_bins", Long.toString(attributes.integer("num_bins")));
    return new TargetSupport.Generatable(LossRule.TOKEN_CE, GeneratorKind.LOCATION_TOKENS,
        options, null);
  }
}
