package io.ofa4j.preset.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
  @TempDir Path run;

  /** A 0.1 s 440 Hz sine as 16 kHz mono 16-bit WAV. */
  static byte[] wav() throws Exception {
    int n = 1600;
    byte[] pcm = new byte[2 * n];
    for (int i = 0; i < n; i++) {
      short s = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / 16000.0));
      pcm[2 * i] = (byte) s;
      pcm[2 * i + 1] = (byte) (s >> 8);
    }
    AudioFormat format = new AudioFormat(16000, 16, 1, true, false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), format, n), AudioFileFormat.Type.WAVE, out);
    return out.toByteArray();
  }

  @Test
  void writesCurvesTableAndGalleryFromMetricsJsonl() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int step = 1; step <= 20; step++) {
      lines.add("{\"kind\":\"train\",\"step\":" + step + ",\"task\":\"caption\",\"loss\":" + (3.0 / step) + "}");
      lines.add("{\"kind\":\"train\",\"step\":" + step + ",\"task\":\"vqa\",\"loss\":" + (2.0 / step) + "}");
      if (step % 10 == 0) {
        lines.add("{\"kind\":\"eval\",\"step\":" + step + ",\"task\":\"caption\",\"metrics\":{\"cider\":"
            + (0.1 * step) + "}}");
      }
    }
    Files.write(run.resolve("metrics.jsonl"), lines);
    BufferedImage img = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
    Path index = ReportWriter.write(run, "run <1>", Map.of("caption", Map.of("cider", 1.5)), List.of(
        new GalleryItem.ImagePrediction("caption #3", img, "a dog & a ball", new Box(10, 40, 90, 100), "a dog"),
        new GalleryItem.AudioPrediction("asr #1", wav(), "hello world", null)));

    String html = Files.readString(index);
    assertThat(html).contains("<title>run &lt;1&gt;</title>",
        "<tr><td>caption</td><td>cider</td><td>2.0000</td><td>1.5000</td><td>20</td></tr>",
        "<img src=\"loss.png\"", "<img src=\"metric-cider.png\"", "<img src=\"gallery-1.png\" alt=\"a dog &amp; a ball\">",
        "<audio controls preload=\"none\" src=\"gallery-2.wav\"></audio>", "transcript: hello world",
        "reference: a dog");
    Path dir = index.getParent();
    BufferedImage loss = ImageIO.read(dir.resolve("loss.png").toFile());
    assertThat(loss.getWidth()).isEqualTo(720);
    assertThat(loss.getHeight()).isEqualTo(360);
    BufferedImage drawn = ImageIO.read(dir.resolve("gallery-1.png").toFile());
    assertThat(drawn.getRGB(50, 40) & 0xFFFFFF).isEqualTo(BoxOverlay.COLOR.getRGB() & 0xFFFFFF);
    AudioInputStream audio = AudioSystem.getAudioInputStream(dir.resolve("gallery-2.wav").toFile());
    assertThat(audio.getFrameLength()).isEqualTo(1600);
  }

  @Test
  void rejectsNonWavAudio() {
    assertThatThrownBy(() -> new GalleryItem.AudioPrediction("x", new byte[20], "t", null))
        .hasMessageContaining("gallery item 'x' is not a RIFF/WAVE file (20 bytes)");
  }

  @Test
  void aMissingMetricsFileIsReported() {
    assertThatThrownBy(() -> ReportWriter.write(run.resolve("nothing"), "t", Map.of(), List.of()))
        .hasMessageContaining("metrics.jsonl");
  }
}
