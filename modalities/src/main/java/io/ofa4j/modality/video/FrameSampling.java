package io.ofa4j.modality.video;

import java.nio.file.Path;

/**
 * Which frames of a clip to keep: either a rate ({@code fps} frames per second of video time) or
 * a count ({@code frames} spread evenly from the first to the last frame, as
 * {@code linspace(0, total - 1, n).round()} in qwen-vl-utils), never more than {@code maxFrames}.
 *
 * @param fps frames per second to sample, or 0 when sampling by count
 * @param frames number of frames to sample, or 0 when sampling by rate
 * @param maxFrames upper bound on decoded frames (memory guard)
 */
public record FrameSampling(double fps, int frames, int maxFrames) {

  /** Default cap on decoded frames. */
  public static final int DEFAULT_MAX_FRAMES = 768;

  /** Exactly one of fps/frames is set, and both are within range. */
  public FrameSampling {
    if ((fps > 0) == (frames > 0) || fps < 0 || frames < 0 || Double.isNaN(fps)) {
      throw new IllegalArgumentException("set exactly one of fps (> 0) or frames (> 0), found fps=" + fps
          + " frames=" + frames);
    }
    if (maxFrames <= 0 || frames > maxFrames) {
      throw new IllegalArgumentException("max_frames must be positive and >= frames, found max_frames=" + maxFrames
          + " frames=" + frames);
    }
  }

  /** Most bytes of decoded RGB frames one clip may hold in memory (1 GiB). */
  public static final long MAX_DECODED_BYTES = 1L << 30;

  /** Throws naming the file when {@code frames} decoded frames take more than {@link #MAX_DECODED_BYTES}. */
  static void checkDecodedBytes(Path file, int frames, long bytes) {
    if (bytes > MAX_DECODED_BYTES) {
      throw new IllegalArgumentException("video file " + file + ": " + frames + " decoded frames take " + bytes
          + " bytes, above the limit of " + MAX_DECODED_BYTES + "; sample fewer frames (fps=, frames=)");
    }
  }

  /** Sample {@code fps} frames per second. */
  public static FrameSampling fps(double fps) {
    return new FrameSampling(fps, 0, DEFAULT_MAX_FRAMES);
  }

  /** Sample {@code n} frames evenly over the clip. */
  public static FrameSampling frames(int n) {
    return new FrameSampling(0, n, Math.max(n, DEFAULT_MAX_FRAMES));
  }

  /** Whether frames are picked by count. */
  public boolean byCount() {
    return frames > 0;
  }

  /** The {@code frames} indices, evenly spread over {@code total} frames, rounded half to even. */
  public int[] indices(int total) {
    int n = frames;
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      double x = n == 1 ? 0 : (double) i * (total - 1) / (n - 1);
      out[i] = (int) Math.rint(x);
    }
    return out;
  }
}
