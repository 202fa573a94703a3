package io.ofa4j.modality.video;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.image.RgbImage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decodes video with the {@code ffmpeg} program as a subprocess: frames arrive as a PPM stream
 * ({@code image2pipe}, rgb24) on a pipe, so each frame carries its own size (rotation metadata is
 * applied by ffmpeg). Sampling is done by ffmpeg's {@code fps} filter, or by a {@code select}
 * filter on frame indices after {@code ffprobe} counts the packets.
 */
public final class FfmpegVideoDecoder implements VideoDecoder {
  private static volatile Boolean available;

  /** Whether {@code ffmpeg} and {@code ffprobe} can be run. */
  public static boolean available() {
    if (available == null) {
      available = runs("ffmpeg") && runs("ffprobe");
    }
    return available;
  }

  private static boolean runs(String program) {
    try {
      Process p = new ProcessBuilder(program, "-version").redirectErrorStream(true).start();
      p.getInputStream().transferTo(OutputStream.nullOutputStream());
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public List<RgbImage> decode(Path file, FrameSampling sampling) {
    requireNonNull(file, "file is null");
    requireNonNull(sampling, "sampling is null");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("video file " + file + " does not exist or is not a file");
    }
    String filter;
    if (sampling.byCount()) {
      int total = countFrames(file);
      StringBuilder sel = new StringBuilder("select='");
      int[] idx = sampling.indices(total);
      for (int i = 0; i < idx.length; i++) {
        sel.append(i == 0 ? "" : "+").append("eq(n\\,").append(idx[i]).append(')');
      }
      filter = sel.append("'").toString();
    } else {
      filter = String.format(Locale.ROOT, "fps=%s", sampling.fps());
    }
    List<String> cmd = List.of("ffmpeg", "-nostdin", "-v", "error", "-i", file.toString(), "-vf", filter,
        "-vsync", "0", "-frames:v", Integer.toString(sampling.maxFrames()), "-f", "image2pipe", "-vcodec", "ppm",
        "pipe:1");
    List<RgbImage> frames = new ArrayList<>();
    try (Subprocess proc = Subprocess.start(cmd, file);
        InputStream in = new BufferedInputStream(proc.stdout(), 1 << 16)) {
      RgbImage f;
      long bytes = 0;
      while ((f = PpmStream.next(in, file)) != null) {
        bytes += f.rgb().length;
        FrameSampling.checkDecodedBytes(file, frames.size() + 1, bytes);
        frames.add(f);
      }
      proc.finish("video file " + file + " could not be decoded by ffmpeg");
    } catch (IOException e) {
      throw new IllegalArgumentException("video file " + file + ": reading ffmpeg output failed: " + e, e);
    }
    if (frames.isEmpty()) {
      throw new IllegalArgumentException("video file " + file + " has no decodable video frames");
    }
    if (sampling.byCount() && frames.size() < sampling.frames()) {
      // select keeps each index once; repeated indices (short clips) repeat the frame here.
      return repeatTo(frames, sampling.indices(frames.size()));
    }
    return frames;
  }

  private static List<RgbImage> repeatTo(List<RgbImage> frames, int[] idx) {
    List<RgbImage> out = new ArrayList<>();
    for (int i : idx) {
      out.add(frames.get(i));
    }
    return out;
  }

  private static int countFrames(Path file) {
    List<String> cmd = List.of("ffprobe", "-v", "error", "-select_streams", "v:0", "-count_packets",
        "-show_entries", "stream=nb_read_packets", "-of", "csv=p=0", file.toString());
    String text;
    try (Subprocess proc = Subprocess.start(cmd, file)) {
      text = new String(proc.stdout().readAllBytes(), StandardCharsets.UTF_8).trim();
      proc.finish("video file " + file + " could not be probed by ffprobe");
    } catch (IOException e) {
      throw new IllegalArgumentException("video file " + file + ": ffprobe failed: " + e, e);
    }
    try {
      int n = Integer.parseInt(text.split("[\\s,]+")[0]);
      if (n <= 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("video file " + file + ": cannot count its video frames (ffprobe said '"
          + text + "'); sample by fps instead");
    }
  }
}
