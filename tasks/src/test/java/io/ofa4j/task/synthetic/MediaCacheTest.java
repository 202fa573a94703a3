package io.ofa4j.task.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.task.data.DatasetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaCacheTest {
  @TempDir
  Path root;

  @Test
  void writesOnceAndReusesTheFile() throws IOException {
    MediaCache cache = MediaCache.of(root, "scene_caption", 7, "train");
    AtomicInteger writes = new AtomicInteger();
    Path a = cache.file("000000.png", p -> {
      writes.incrementAndGet();
      Files.writeString(p, "x");
    });
    Path b = cache.file("000000.png", p -> writes.incrementAndGet());
    assertThat(a).isEqualTo(b).isEqualTo(root.resolve("scene_caption-" + MediaCache.MEDIA_VERSION + "-7-train/000000.png"));
    assertThat(writes).hasValue(1);
    assertThat(Files.readString(a)).isEqualTo("x");
  }

  @Test
  void anInterruptedWriteLeavesNoFileUnderTheFinalNameAndNoTemporary() throws IOException {
    MediaCache cache = MediaCache.of(root, "speech_asr", 1, "validation");
    assertThatThrownBy(() -> cache.file("000003.wav", p -> {
      Files.writeString(p, "half a file");
      throw new IOException("disk full");
    })).isInstanceOf(DatasetException.class).hasMessageContaining("000003.wav").hasMessageContaining("disk full");
    try (Stream<Path> files = Files.list(cache.folder())) {
      assertThat(files).isEmpty();
    }
    Path ok = cache.file("000003.wav", p -> Files.writeString(p, "whole"));
    assertThat(Files.readString(ok)).isEqualTo("whole");
  }

  @Test
  void dryModeWritesNothing() {
    MediaCache cache = MediaCache.of(root, "scene_vqa", 1, "train").dry();
    Path p = cache.file("000001.png", x -> Files.writeString(x, "never"));
    assertThat(p).doesNotExist();
  }
}
