package io.ofa4j.modality.image;

import io.ofa4j.modality.spi.PreprocessInspector;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ofa4j preprocess IMAGE file}: sizes before and after {@code smart_resize}, grid, vision
 * token count and the {@code pixel_values}. Attributes: {@code min_pixels}, {@code max_pixels},
 * {@code max_decode_pixels}.
 */
public final class ImageInspector implements PreprocessInspector {
  /** Attributes IMAGE accepts. */
  public static final Set<String> ATTRIBUTES = Set.of("min_pixels", "max_pixels", "max_decode_pixels");

  @Override
  public String modality() {
    return "IMAGE";
  }

  @Override
  public Inspection inspect(Path file, Map<String, String> attributes) {
    Qwen2VlImageConfig cfg = new SlotAttributes(modality(), attributes, ATTRIBUTES).imageConfig();
    RgbImage image = new ImageLoader(cfg.maxDecodePixels()).load(file);
    VisionFeatures f;
    try {
      f = new Qwen2VlImageProcessor(cfg).processImage(image);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("image file " + file + ": " + e.getMessage(), e);
    }
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("modality", modality());
    s.put("file", file.toString());
    s.put("input_width", image.width());
    s.put("input_height", image.height());
    summarize(s, f, cfg);
    return new Inspection(s, f.pixelValues(), f.shape());
  }

  /** Adds the facts shared by IMAGE and VIDEO. */
  public static void summarize(Map<String, Object> s, VisionFeatures f, Qwen2VlImageConfig cfg) {
    s.put("min_pixels", cfg.minPixels());
    s.put("max_pixels", cfg.maxPixels());
    s.put("resized_width", f.resized().get(0).width());
    s.put("resized_height", f.resized().get(0).height());
    s.put("grid_thw", List.of(f.gridThw()[0], f.gridThw()[1], f.gridThw()[2]));
    s.put("patches", f.rows());
    s.put("patch_dim", f.patchDim());
    s.put("vision_tokens", f.visionTokens());
  }
}
