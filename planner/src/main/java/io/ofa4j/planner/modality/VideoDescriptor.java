package io.ofa4j.planner.modality;

import io.ofa4j.planner.spi.AttributeSpec;
import io.ofa4j.planner.spi.Encoding;
import io.ofa4j.planner.spi.ModalityName;
import io.ofa4j.planner.spi.PositionScheme;
import io.ofa4j.planner.spi.SlotAttributes;
import io.ofa4j.planner.spi.SpanMarkers;
import io.ofa4j.planner.spi.TargetSupport;
import java.util.List;
import java.util.Optional;

/**
 * VIDEO: sampled frames encoded by the Qwen2-VL vision tower (temporal patch 2) inside
 * {@code <|vision_start|>}…{@code <|vision_end|>} with M-RoPE. Source only.
 */
@ModalityName("VIDEO")
public final class VideoDescriptor extends BaseDescriptor {

  /** The built-in descriptor. */
  public VideoDescriptor() {
    super("VIDEO", "a video clip, frames embedded by the vision tower", Encoding.EMBEDDINGS,
        CommonAttributes.join(CommonAttributes.base(), List.of(
            AttributeSpec.integer("n_frames", 8, 2, 256L, "frames sampled uniformly per clip"))),
        List.of("video_qwen2vl"), List.of("video_qwen2vl_vit"), List.of());
  }

  @Override
  public Optional<SpanMarkers> spanMarkers() {
    return Optional.of(new SpanMarkers("<|vision_start|>", "<|vision_end|>",
        PositionScheme.MROPE));
  }

  @Override
  public boolean canBeTarget() {
    return false;
  }

  @Override
  public TargetSupport targetSupport(SlotAttributes attributes, String preprocessor,
      String adapter) {
    return new TargetSupport.NotGeneratable("VIDEO cannot be generated: it is an input modality",
        "describe the video with a [TEXT] target");
  }
}
