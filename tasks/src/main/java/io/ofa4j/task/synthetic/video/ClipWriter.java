package io.ofa4j.task.synthetic.video;

import io.ofa4j.task.synthetic.scene.Scene;
import io.ofa4j.task.synthetic.scene.SceneObject;
import io.ofa4j.task.synthetic.scene.SceneRenderer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Renders a {@link Clip} frame by frame with Java2D and encodes it as a real MP4 (H.264) through
 * the {@code ffmpeg} program, raw RGB frames on its standard input. Single-threaded, bit-exact
 * encoder flags keep the file identical for the same clip.
 */
public final class ClipWriter {
  private ClipWriter() {}

  /** Frame {@code f} as an RGB image. */
  public static BufferedImage frame(Clip c, int f) {
    SceneObject o = new SceneObject(c.shape(), c.colour(), c.x(f), c.y(f), c.x(f) + c.size(),
        c.y(f) + c.size());
    return SceneRenderer.render(new Scene(c.width(), c.height(), List.of(o)));
  }

  /** Writes the clip to {@code mp4} at {@code fps} frames per second. */
  public static void writeMp4(Clip c, int fps, Path mp4) {
    List<String> cmd = List.of("ffmpeg", "-v", "error", "-y", "-f", "rawvideo", "-pix_fmt", "rgb24",
        "-s", c.width() + "x" + c.height(), "-r", Integer.toString(fps), "-i", "-",
        "-c:v", "libx264", "-preset", "veryfast", "-crf", "12", "-pix_fmt", "yuv420p",
        "-threads", "1", "-flags", "+bitexact", "-fflags", "+bitexact", "-map_metadata", "-1",
        mp4.toString());
    try {
      Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      try (OutputStream in = p.getOutputStream()) {
        byte[] rgb = new byte[c.width() * c.height() * 3];
        for (int f = 0; f < c.frames(); f++) {
          BufferedImage img = frame(c, f);
          int k = 0;
          for (int y = 0; y < c.height(); y++) {
            for (int x = 0; x < c.width(); x++) {
              int v = img.getRGB(x, y);
              rgb[k++] = (byte) (v >> 16);
              rgb[k++] = (byte) (v >> 8);
              rgb[k++] = (byte) v;
            }
          }
          in.write(rgb);
        }
      }
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("ffmpeg could not write " + mp4 + ": " + err);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run ffmpeg (install it with ./ofa4j setup): "
          + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing " + mp4, e);
    }
  }
}
