package io.ofa4j.modality.pipeline.kit;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.image.ImageLoader;
import io.ofa4j.modality.image.Qwen2VlImageConfig;
import io.ofa4j.modality.image.Qwen2VlImageProcessor;
import io.ofa4j.modality.image.RgbImage;
import io.ofa4j.modality.image.VisionFeatures;
import io.ofa4j.modality.pipeline.adapter.VisionAdapter;
import io.ofa4j.modality.pipeline.vocab.ModalityTokens;
import io.ofa4j.modality.video.FfmpegVideoDecoder;
import io.ofa4j.modality.video.FrameSampling;
import io.ofa4j.modality.video.Qwen2VlVideoProcessor;
import io.ofa4j.planner.plan.SlotPlan;
import io.ofa4j.planner.spi.ModalityName;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * VIDEO: frames (a video file decoded by ffmpeg at {@code frames} evenly spaced frames, default 4,
 * or a list of frame images) through Qwen2-VL's video pre-processing and the same vision tower as
 * IMAGE; the span is {@code <|video_pad|>} times the merged token count.
 */
@ModalityName("VIDEO")
public final class VideoKit implements ModalityKit {
  private final VisionAdapter adapter;

  /** A kit whose tower follows {@code settings}. */
  @Inject
  public VideoKit(KitSettings settings) {
    this(new VisionAdapter(requireNonNull(settings, "settings is null").vision(), settings.visionPositionCode()));
  }

  /** A kit sharing {@code adapter} with the IMAGE kit. */
  public VideoKit(VisionAdapter adapter) {
    this.adapter = requireNonNull(adapter, "adapter is null");
  }

  @Override
  public String modality() {
    return "VIDEO";
  }

  @Override
  public Optional<SpanAdapter> adapter() {
    return Optional.of(adapter);
  }

  @Override
  public SlotEncoding encode(SlotPlan slot, Object value, KitContext ctx, ExampleState state) {
    Qwen2VlImageProcessor pixels = new Qwen2VlImageProcessor(Qwen2VlImageConfig.defaults());
    VisionFeatures f;
    if (value instanceof List<?> frames) {
      List<RgbImage> images = new ArrayList<>();
      for (Object o : frames) {
        images.add(o instanceof RgbImage i ? i : new ImageLoader().load(SlotValues.path(o)));
      }
      if (images.isEmpty()) {
        throw new IllegalArgumentException("video has no frames");
      }
      f = pixels.processFrames(images);
    } else {
      int n = slot.attributes().has("frames") ? (int) slot.attributes().integer("frames") : 4;
      f = new Qwen2VlVideoProcessor(pixels, new FfmpegVideoDecoder())
          .process(SlotValues.path(value), FrameSampling.frames(n));
    }
    return new SlotEncoding.Span(ctx.id(ModalityTokens.VIDEO_PAD), ImageKit.features(f));
  }
}
