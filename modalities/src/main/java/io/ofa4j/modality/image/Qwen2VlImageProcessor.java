package io.ofa4j.modality.image;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Qwen2-VL pre-processing (transformers 4.57.1 {@code Qwen2VLImageProcessor}, the slow
 * numpy/Pillow class): RGB conversion, {@link SmartResize}, Pillow BICUBIC resize, rescale by
 * 1/255 in float64 then CLIP normalisation in float32, temporal padding and patch flattening.
 */
public final class Qwen2VlImageProcessor {
  private final Qwen2VlImageConfig config;
  private final ImageLoader loader;
  // [3][256]: the float32 normalised value of every uint8 level per channel.
  private final float[][] lut;

  /** A processor with the given settings. */
  public Qwen2VlImageProcessor(Qwen2VlImageConfig config) {
    this.config = requireNonNull(config, "config is null");
    this.loader = new ImageLoader(config.maxDecodePixels());
    this.lut = new float[3][256];
    for (int c = 0; c < 3; c++) {
      float mean = (float) config.imageMean()[c];
      float std = (float) config.imageStd()[c];
      for (int v = 0; v < 256; v++) {
        // (x.astype(float64) * (1/255)).astype(float32), then (x - mean) / std in float32.
        float scaled = (float) (v * (1.0 / 255));
        lut[c][v] = (scaled - mean) / std;
      }
    }
  }

  /** The settings. */
  public Qwen2VlImageConfig config() {
    return config;
  }

  /** Loads and pre-processes one image file. */
  public VisionFeatures processFile(Path file) {
    RgbImage image = loader.load(file);
    try {
      return processImage(image);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("image file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Pre-processes one decoded image (repeated to fill a temporal patch). */
  public VisionFeatures processImage(RgbImage image) {
    requireNonNull(image, "image is null");
    return processFrames(List.of(image));
  }

  /**
   * Pre-processes video frames: all take the size of the first frame's {@code smart_resize}, and
   * the last frame is repeated up to a multiple of {@code temporal_patch_size}. A single frame is
   * an image.
   */
  public VisionFeatures processFrames(List<RgbImage> frames) {
    requireNonNull(frames, "frames is null");
    if (frames.isEmpty()) {
      throw new IllegalArgumentException("need at least one frame, found 0");
    }
    RgbImage first = frames.get(0);
    int[] hw = SmartResize.size(first.height(), first.width(), config.factor(), config.minPixels(),
        config.maxPixels());
    List<RgbImage> resized = new ArrayList<>(frames.size());
    for (RgbImage f : frames) {
      resized.add(PillowResampler.resizeBicubic(f, hw[1], hw[0]));
    }
    return PatchFlattener.flatten(resized, hw[0], hw[1], config, lut);
  }
}
