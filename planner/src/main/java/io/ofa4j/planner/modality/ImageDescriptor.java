package io.ofa4j.planner.modality;

import io.ofa4j.planner.spi.AttributeSpec;
import io.ofa4j.planner.spi.Encoding;
import io.ofa4j.planner.spi.GeneratorKind;
import io.ofa4j.planner.spi.LossRule;
import io.ofa4j.planner.spi.ModalityDescriptor;
import io.ofa4j.planner.spi.ModalityName;
import io.ofa4j.planner.spi.PositionScheme;
import io.ofa4j.planner.spi.Side;
import io.ofa4j.planner.spi.SlotAttributes;
import io.ofa4j.planner.spi.SpanMarkers;
import io.ofa4j.planner.spi.TargetSupport;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * IMAGE: an image encoded by the Qwen2-VL vision tower (patches of 14 px, 2x2 merge) inside
 * {@code <|vision_start|>}…{@code <|vision_end|>} with M-RoPE. A target needs the discrete VQGAN
 * code path ({@code preprocess=image_vqgan,adaptor=image_vqgan}), which is planned only.
 */
@ModalityName("IMAGE")
public final class ImageDescriptor implements ModalityDescriptor {

  static final String VQGAN = "image_vqgan";
  private static final String VIT = "image_qwen2vl_vit";
  private static final String QWEN2VL = "image_qwen2vl";

  private static final List<AttributeSpec> ATTRIBUTES = CommonAttributes.join(
      CommonAttributes.base(),
      List.of(
          AttributeSpec.decimal(CommonAttributes.MASK_RATIO, "0.0", "0", "1",
              "fraction of the image masked (image infilling)"),
          AttributeSpec.integer("length", 0, 0, null,
              "number of image tokens/codes; 0 = decided by the image size"),
          // Qwen2-VL image processor defaults: 56*56 and 28*28*1280 pixels.
          AttributeSpec.integer("min_pixels", 3136, 1, null,
              "smallest resized area in pixels (Qwen2-VL min_pixels)"),
          AttributeSpec.integer("max_pixels", 1003520, 1, null,
              "largest resized area in pixels (Qwen2-VL max_pixels)")));

  @Override
  public String name() {
    return "IMAGE";
  }

  @Override
  public String description() {
    return "an image, embedded by the vision tower";
  }

  @Override
  public List<AttributeSpec> attributes() {
    return ATTRIBUTES;
  }

  @Override
  public Encoding encoding() {
    return Encoding.EMBEDDINGS;
  }

  @Override
  public Optional<SpanMarkers> spanMarkers() {
    return Optional.of(new SpanMarkers("<|vision_start|>", "<|vision_end|>",
        PositionScheme.MROPE));
  }

  @Override
  public boolean canBeTarget() {
    return true;
  }

  @Override
  public List<String> preprocessors() {
    return List.of(QWEN2VL, VQGAN);
  }

  @Override
  public List<String> adapters() {
    return List.of(VIT, VQGAN);
  }

  @Override
  public List<String> postprocessors() {
    return List.of("image_vqgan_decode");
  }

  @Override
  public String defaultPreprocessor(Side side, SlotAttributes attributes) {
    return VQGAN.equals(attributes.text(CommonAttributes.ADAPTOR)) ? VQGAN : QWEN2VL;
  }

  @Override
  public String defaultAdapter(Side side, SlotAttributes attributes) {
    return VQGAN.equals(attributes.text(CommonAttributes.PREPROCESS)) ? VQGAN : VIT;
  }

  @Override
  public String postprocessor(String adapter) {
    return "image_vqgan_decode";
  }

  @Override
  public TargetSupport targetSupport(SlotAttributes attributes, String preprocessor,
      String adapter) {
    if (VQGAN.equals(preprocessor) && VQGAN.equals(adapter)) {
      return new TargetSupport.Generatable(LossRule.MODALITY_LOSS, GeneratorKind.PLANNED_ONLY,
          Map.of("codes", VQGAN), "planned only: image generation is not implemented");
    }
    return new TargetSupport.NotGeneratable(
        "an IMAGE target needs discrete image codes, but the slot uses preprocess '"
            + preprocessor + "' and adaptor '" + adapter + "'",
        "write preprocess=image_vqgan,adaptor=image_vqgan (planned only: image generation is "
            + "not implemented)");
  }
}
