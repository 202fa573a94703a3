package io.ofa4j.modality.video;

import io.ofa4j.modality.image.RgbImage;
import java.nio.file.Path;
import java.util.List;

/** Decodes sampled frames of a video file into RGB pictures, in presentation order. */
public interface VideoDecoder {

  /**
   * Decodes the frames chosen by {@code sampling}.
   *
   * @throws IllegalArgumentException naming the file and the problem when it cannot be decoded
   */
  List<RgbImage> decode(Path file, FrameSampling sampling);

  /**
   * The ffmpeg decoder when the {@code ffmpeg} program can be run, otherwise the pure-Java
   * jcodec decoder (H.264 MP4 only).
   */
  static VideoDecoder best() {
    return FfmpegVideoDecoder.available() ? new FfmpegVideoDecoder() : new JcodecVideoDecoder();
  }
}
