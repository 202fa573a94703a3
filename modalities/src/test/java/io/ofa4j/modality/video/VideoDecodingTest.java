package io.ofa4j.modality.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ofa4j.modality.image.ImageLoader;
import io.ofa4j.modality.image.Qwen2VlImageConfig;
import io.ofa4j.modality.image.Qwen2VlImageProcessor;
import io.ofa4j.modality.image.RgbImage;
import io.ofa4j.modality.image.VisionFeatures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real MP4/WebM/AVI files made with ffmpeg, decoded by ffmpeg and by the jcodec fallback. */
class VideoDecodingTest {
  @TempDir Path dir;
  private final Qwen2VlImageProcessor pixels = new Qwen2VlImageProcessor(Qwen2VlImageConfig.defaults());

  @BeforeEach
  void needsFfmpeg() {
    assumeTrue(FfmpegVideoDecoder.available(), "ffmpeg/ffprobe not installed (apt-get install ffmpeg)");
  }

  @Test
  void losslessMp4FramesEqualTheSourcePictures() throws Exception {
    List<RgbImage> source = writeFrames(5);
    Path mp4 = ffmpeg("lossless.mp4", "-framerate", "5", "-i", dir.resolve("f%d.png").toString(),
        "-c:v", "libx264rgb", "-qp", "0");
    List<RgbImage> decoded = new FfmpegVideoDecoder().decode(mp4, FrameSampling.frames(5));
    assertThat(decoded).hasSize(5);
    for (int i = 0; i < 5; i++) {
      assertThat(decoded.get(i).rgb()).as("frame " + i).isEqualTo(source.get(i).rgb());
    }
    // 3 of 5 frames: indices 0, 2, 4; odd count -> last frame repeated, grid [2, 4, 4] at 56x56.
    VisionFeatures f = new Qwen2VlVideoProcessor(pixels, new FfmpegVideoDecoder()).process(mp4, FrameSampling.frames(3));
    assertThat(f.gridThw()).containsExactly(2, 4, 4);
    VisionFeatures expected = pixels.processFrames(List.of(source.get(0), source.get(2), source.get(4)));
    assertThat(f.pixelValues()).containsExactly(expected.pixelValues());
  }

  @Test
  void fpsSamplingFollowsVideoTime() throws Exception {
    Path mp4 = ffmpeg("ten.mp4", "-f", "lavfi", "-i", "testsrc=size=64x48:rate=10", "-t", "2",
        "-pix_fmt", "yuv420p", "-c:v", "libx264");
    assertThat(new FfmpegVideoDecoder().decode(mp4, FrameSampling.fps(2))).hasSize(4);
    assertThat(new FfmpegVideoDecoder().decode(mp4, FrameSampling.fps(10))).hasSize(20);
  }

  @Test
  void webmAndAviDecode() throws Exception {
    Path webm = ffmpeg("v.webm", "-f", "lavfi", "-i", "testsrc=size=64x48:rate=10", "-t", "1", "-c:v", "libvpx");
    Path avi = ffmpeg("v.avi", "-f", "lavfi", "-i", "testsrc=size=64x48:rate=10", "-t", "1", "-c:v", "mpeg4");
    for (Path p : List.of(webm, avi)) {
      List<RgbImage> frames = new FfmpegVideoDecoder().decode(p, FrameSampling.frames(4));
      assertThat(frames).as(p.toString()).hasSize(4);
      assertThat(frames.get(0).width()).isEqualTo(64);
      assertThat(frames.get(0).height()).isEqualTo(48);
    }
  }

  @Test
  void jcodecFallbackAgreesWithFfmpeg() throws Exception {
    Path mp4 = ffmpeg("base.mp4", "-f", "lavfi", "-i", "testsrc=size=64x48:rate=8", "-t", "1",
        "-pix_fmt", "yuv420p", "-c:v", "libx264", "-profile:v", "baseline");
    List<RgbImage> a = new FfmpegVideoDecoder().decode(mp4, FrameSampling.frames(4));
    List<RgbImage> b = new JcodecVideoDecoder().decode(mp4, FrameSampling.frames(4));
    assertThat(b).hasSize(4);
    for (int i = 0; i < 4; i++) {
      double sum = 0;
      for (int k = 0; k < a.get(i).rgb().length; k++) {
        sum += Math.abs((a.get(i).rgb()[k] & 0xff) - (b.get(i).rgb()[k] & 0xff));
      }
      // Different YUV->RGB rounding, same pictures in the same order.
      assertThat(sum / a.get(i).rgb().length).as("frame " + i + " mean abs diff").isLessThan(6);
    }
  }

  @Test
  void corruptVideoNamesTheFile() throws IOException {
    Path bad = dir.resolve("bad.mp4");
    Files.write(bad, new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 1, 2, 3});
    assertThatThrownBy(() -> new FfmpegVideoDecoder().decode(bad, FrameSampling.fps(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(bad.toString());
    assertThatThrownBy(() -> new JcodecVideoDecoder().decode(bad, FrameSampling.fps(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(bad.toString());
  }

  private List<RgbImage> writeFrames(int n) throws IOException {
    List<RgbImage> out = new ArrayList<>();
    java.util.Random rng = new java.util.Random(42);
    for (int i = 0; i < n; i++) {
      BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
      for (int y = 0; y < 48; y++) {
        for (int x = 0; x < 64; x++) {
          img.setRGB(x, y, rng.nextInt(1 << 24));
        }
      }
      Path f = dir.resolve("f" + (i + 1) + ".png");
      ImageIO.write(img, "png", f.toFile());
      out.add(new ImageLoader().load(f));
    }
    return out;
  }

  private Path ffmpeg(String name, String... args) throws Exception {
    Path out = dir.resolve(name);
    List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-v", "error", "-y"));
    cmd.addAll(List.of(args));
    cmd.add(out.toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as("ffmpeg " + cmd + ": " + log).isZero();
    return out;
  }
}
