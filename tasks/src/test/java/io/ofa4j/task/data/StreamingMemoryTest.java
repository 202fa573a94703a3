package io.ofa4j.task.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shows that readers stream: files several times larger than the heap of a child JVM
 * ({@code -Xmx24m}) are read completely. Loading either file whole (as a JSON tree or as a list of
 * lines) would need far more than 24 MB.
 */
class StreamingMemoryTest {

  @TempDir Path dir;

  private static String probe(String format, Path file) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx24m", "-cp", System.getProperty("java.class.path"),
        StreamingProbe.class.getName(), format, file.toString())
        .redirectErrorStream(true)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("probe finished").isTrue();
    assertThat(p.exitValue()).as("probe output: %s", out).isZero();
    return out;
  }

  @Test
  void streamsAJsonFileLargerThanTheHeap() throws Exception {
    Path file = dir.resolve("dataset_coco.json");
    int images = 40_000;
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write("{\"images\": [");
      for (int i = 0; i < images; i++) {
        w.write((i == 0 ? "" : ",") + "{\"filepath\": \"train2014\", \"filename\": \"COCO_train2014_" + i
            + ".jpg\", \"split\": \"train\", \"cocoid\": " + i + ", \"sentences\": [");
        for (int s = 0; s < 5; s++) {
          w.write((s == 0 ? "" : ",") + "{\"raw\": \"A person riding a bicycle down a street number " + s
              + " next to parked cars.\", \"tokens\": [\"a\", \"person\", \"riding\", \"a\", \"bicycle\"]}");
        }
        w.write("]}");
      }
      w.write("], \"dataset\": \"coco\"}");
    }
    assertThat(Files.size(file)).isGreaterThan(28L << 20);
    assertThat(probe("coco", file)).contains("examples=" + images);
  }

  @Test
  void streamsATsvFileLargerThanTheHeap() throws Exception {
    Path file = dir.resolve("train.tsv");
    int rows = 400_000;
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write("sentence\tlabel\n");
      for (int i = 0; i < rows; i++) {
        w.write("a long enough sentence about a movie that was quite good, number " + i + "\t1\n");
      }
    }
    assertThat(Files.size(file)).isGreaterThan(28L << 20);
    assertThat(probe("tsv", file)).contains("examples=" + rows);
  }
}
