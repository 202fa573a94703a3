package io.ofa4j.modality.pipeline.kit;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.box.ImageResize;
import io.ofa4j.modality.image.ImageLoader;
import io.ofa4j.modality.image.Qwen2VlImageConfig;
import io.ofa4j.modality.image.Qwen2VlImageProcessor;
import io.ofa4j.modality.image.RgbImage;
import io.ofa4j.modality.image.VisionFeatures;
import io.ofa4j.modality.pipeline.adapter.VisionAdapter;
import io.ofa4j.modality.pipeline.vocab.ModalityTokens;
import io.ofa4j.planner.plan.SlotPlan;
import io.ofa4j.planner.spi.ModalityName;
import jakarta.inject.Inject;
import java.util.Optional;
import org.nd4j.linalg.factory.Nd4j;

/**
 * IMAGE: Qwen2-VL pre-processing (smart resize within {@code min_pixels}/{@code max_pixels},
 * CLIP normalisation, 14-pixel patches) and the vision tower; the span is {@code <|image_pad|>}
 * times the merged token count, between the plan's {@code <|vision_start|>}/{@code <|vision_end|>}.
 * Records the image geometry for BOX slots.
 */
@ModalityName("IMAGE")
public final class ImageKit implements ModalityKit {
  private final VisionAdapter adapter;

  /** A kit whose tower follows {@code settings}. */
  @Inject
  public ImageKit(KitSettings settings) {
    this(new VisionAdapter(requireNonNull(settings, "settings is null").vision(), settings.visionPositionCode()));
  }

  /** A kit sharing {@code adapter} (IMAGE and VIDEO use the same tower). */
  public ImageKit(VisionAdapter adapter) {
    this.adapter = requireNonNull(adapter, "adapter is null");
  }

  @Override
  public String modality() {
    return "IMAGE";
  }

  @Override
  public Optional<SpanAdapter> adapter() {
    return Optional.of(adapter);
  }

  @Override
  public SlotEncoding encode(SlotPlan slot, Object value, KitContext ctx, ExampleState state) {
    RgbImage image = value instanceof RgbImage i ? i : new ImageLoader().load(SlotValues.path(value));
    Qwen2VlImageConfig config = Qwen2VlImageConfig.defaults()
        .withPixels(pixels(slot, "min_pixels", 3136), pixels(slot, "max_pixels", 1003520));
    VisionFeatures f = new Qwen2VlImageProcessor(config).processImage(image);
    RgbImage resized = f.resized().get(0);
    state.image(new ImageResize(image.width(), image.height(), resized.width(), resized.height(),
        Math.max(resized.width(), resized.height())));
    return new SlotEncoding.Span(ctx.id(ModalityTokens.IMAGE_PAD), features(f));
  }

  /** Span features of pre-processed pixels: {@code [N, 1176]} with the grid. */
  static SpanFeatures features(VisionFeatures f) {
    return new SpanFeatures(VisionAdapter.NAME,
        Nd4j.create(f.pixelValues(), new long[] {f.rows(), f.patchDim()}, 'c'), f.visionTokens(), f.gridThw());
  }

  private static long pixels(SlotPlan slot, String name, long fallback) {
    return slot.attributes().has(name) ? slot.attributes().integer(name) : fallback;
  }
}
