package io.ofa4j.modality.video;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.image.Qwen2VlImageProcessor;
import io.ofa4j.modality.image.RgbImage;
import io.ofa4j.modality.image.VisionFeatures;
import java.nio.file.Path;
import java.util.List;

/**
 * VIDEO pre-processing: decode sampled frames, then the Qwen2-VL pixel pipeline of
 * {@link Qwen2VlImageProcessor#processFrames} (one size for all frames, last frame repeated to
 * an even count for the temporal patches, {@code grid_thw = [frames/2, h/14, w/14]}).
 */
public final class Qwen2VlVideoProcessor {
  private final Qwen2VlImageProcessor pixels;
  private final VideoDecoder decoder;

  /** A processor decoding with {@code decoder}. */
  public Qwen2VlVideoProcessor(Qwen2VlImageProcessor pixels, VideoDecoder decoder) {
    this.pixels = requireNonNull(pixels, "pixels is null");
    this.decoder = requireNonNull(decoder, "decoder is null");
  }

  /** Decodes {@code file} with {@code sampling} and pre-processes its frames. */
  public VisionFeatures process(Path file, FrameSampling sampling) {
    List<RgbImage> frames = decoder.decode(file, sampling);
    try {
      return pixels.processFrames(frames);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("video file " + file + ": " + e.getMessage(), e);
    }
  }
}
