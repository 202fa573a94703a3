package io.ofa4j.modality.video;

import io.ofa4j.modality.image.ImageInspector;
import io.ofa4j.modality.image.Qwen2VlImageConfig;
import io.ofa4j.modality.image.Qwen2VlImageProcessor;
import io.ofa4j.modality.image.RgbImage;
import io.ofa4j.modality.image.SlotAttributes;
import io.ofa4j.modality.image.VisionFeatures;
import io.ofa4j.modality.spi.PreprocessInspector;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ofa4j preprocess VIDEO file}: frames sampled, sizes, grid, vision token count and the
 * {@code pixel_values_videos}. Attributes: the IMAGE ones plus {@code fps} (default 2) or
 * {@code frames}, and {@code max_frames}.
 */
public final class VideoInspector implements PreprocessInspector {
  /** Attributes VIDEO accepts. */
  public static final Set<String> ATTRIBUTES = attributes();

  /** Default sampling rate, as qwen-vl-utils ({@code FPS = 2.0}). */
  public static final double DEFAULT_FPS = 2.0;

  private final VideoDecoder decoder;

  /** An inspector with the best available decoder. */
  public VideoInspector() {
    this(null);
  }

  /** An inspector with {@code decoder}; {@code null} picks {@link VideoDecoder#best()} lazily. */
  public VideoInspector(VideoDecoder decoder) {
    this.decoder = decoder;
  }

  private static Set<String> attributes() {
    Set<String> s = new HashSet<>(ImageInspector.ATTRIBUTES);
    s.addAll(List.of("fps", "frames", "max_frames"));
    return Set.copyOf(s);
  }

  @Override
  public String modality() {
    return "VIDEO";
  }

  @Override
  public Inspection inspect(Path file, Map<String, String> attributes) {
    SlotAttributes a = new SlotAttributes(modality(), attributes, ATTRIBUTES);
    Qwen2VlImageConfig cfg = a.imageConfig();
    int maxFrames = Math.toIntExact(a.positiveLong("max_frames", FrameSampling.DEFAULT_MAX_FRAMES));
    FrameSampling sampling = a.has("frames")
        ? new FrameSampling(0, Math.toIntExact(a.positiveLong("frames", 1)), maxFrames)
        : new FrameSampling(a.positiveDouble("fps", DEFAULT_FPS), 0, maxFrames);
    VideoDecoder d = decoder != null ? decoder : VideoDecoder.best();
    List<RgbImage> frames = d.decode(file, sampling);
    VisionFeatures f;
    try {
      f = new Qwen2VlImageProcessor(cfg).processFrames(frames);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("video file " + file + ": " + e.getMessage(), e);
    }
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("modality", modality());
    s.put("file", file.toString());
    s.put("decoder", d.getClass().getSimpleName());
    s.put("frames_sampled", frames.size());
    s.put("input_width", frames.get(0).width());
    s.put("input_height", frames.get(0).height());
    ImageInspector.summarize(s, f, cfg);
    return new Inspection(s, f.pixelValues(), f.shape());
  }
}
