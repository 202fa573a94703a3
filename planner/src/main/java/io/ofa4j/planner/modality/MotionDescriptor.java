package io.ofa4j.planner.modality;

import io.ofa4j.planner.spi.AttributeSpec;
import io.ofa4j.planner.spi.Encoding;
import io.ofa4j.planner.spi.GeneratorKind;
import io.ofa4j.planner.spi.LossRule;
import io.ofa4j.planner.spi.ModalityName;
import io.ofa4j.planner.spi.PositionScheme;
import io.ofa4j.planner.spi.SlotAttributes;
import io.ofa4j.planner.spi.SpanMarkers;
import io.ofa4j.planner.spi.TargetSupport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MOTION: BVH motion-capture frames in the 6-D rotation representation (OFASys
 * {@code motion_6d}). As a target it is produced by a diffusion head, which is planned only.
 */
@ModalityName("MOTION")
public final class MotionDescriptor extends BaseDescriptor {

  static final String MOTION_6D = "motion_6d";

  /** The built-in descriptor. */
  public MotionDescriptor() {
    super("MOTION", "human motion frames (BVH, 6-D rotations)", Encoding.EMBEDDINGS,
        CommonAttributes.join(CommonAttributes.base(), List.of(
            AttributeSpec.integer("min_length", 1, 1, null, "fewest frames kept per clip"),
            AttributeSpec.integer(CommonAttributes.MAX_LENGTH, 1024, 1, null,
                "most frames kept per clip"),
            AttributeSpec.integer("sample_rate", 1, 1, null, "keep every n-th frame"),
            AttributeSpec.flag("soft_trim",
                "trim to a random length in [min_length, max_length] instead of a hard cut"),
            AttributeSpec.integer("window", 0, 0, null,
                "frames per training window; 0 = the whole clip"),
            AttributeSpec.integer("anchor_frame", 0, 0, null,
                "frame the clip is aligned to (root position and heading)"))),
        List.of(MOTION_6D), List.of(MOTION_6D), List.of("motion_bvh"));
  }

  @Override
  public Optional<SpanMarkers> spanMarkers() {
    // ofa4j-added special tokens (not in the Qwen2 vocabulary).
    return Optional.of(new SpanMarkers("<|motion_start|>", "<|motion_end|>",
        PositionScheme.ROPE_1D));
  }

  @Override
  public boolean canBeTarget() {
    return true;
  }

  @Override
  public TargetSupport targetSupport(SlotAttributes attributes, String preprocessor,
      String adapter) {
    if (!MOTION_6D.equals(adapter)) {
      return new TargetSupport.NotGeneratable(
          "a MOTION target needs adaptor 'motion_6d', found '" + adapter + "'", null);
    }
    Map<String, String> options = new LinkedHashMap<>();
    options.put("head", "diffusion");
    options.put(CommonAttributes.MAX_LENGTH,
        Long.toString(attributes.integer(CommonAttributes.MAX_LENGTH)));
    options.put("sample_rate", Long.toString(attributes.integer("sample_rate")));
    return new TargetSupport.Generatable(LossRule.MODALITY_LOSS, GeneratorKind.PLANNED_ONLY,
        options, "planned only: motion generation is not implemented");
  }
}
