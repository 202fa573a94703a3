package io.ofa4j.task.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.ofa4j.task.catalog.TaskCatalog.CatalogTask;
import io.ofa4j.task.data.Example;
import io.ofa4j.task.synthetic.Split;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Media generation: same seed, same bytes; files land in the cache and are reused. */
class SyntheticMediaTest {
  @TempDir
  Path one;
  @TempDir
  Path two;

  @Test
  void scenePngsAreTheSameBytesForTheSameSeed() throws IOException {
    assertSameMedia("caption", "img");
  }

  @Test
  void speechWavsAreTheSameBytesForTheSameSeed() throws IOException {
    assumeThat(Catalogs.onPath("espeak-ng")).as("espeak-ng is not installed").isTrue();
    assertSameMedia("asr", "wav");
  }

  @Test
  void videoMp4sAreTheSameBytesForTheSameSeed() throws IOException {
    assumeThat(Catalogs.onPath("ffmpeg")).as("ffmpeg is not installed").isTrue();
    assertSameMedia("kinetics", "video");
  }

  @Test
  void mediaTasksCarryThePlanSlotNames() {
    assumeThat(Catalogs.onPath("espeak-ng") && Catalogs.onPath("ffmpeg")).as("espeak-ng / ffmpeg missing").isTrue();
    for (String task : List.of("asr", "kinetics", "msrvtt_caption", "msrvtt_qa")) {
      CatalogTask t = Catalogs.task(task);
      for (Example e : Catalogs.SYNTHETIC.examples(t, 2, Split.VALIDATION, 1, one)) {
        assertThat(e.slots().keySet()).as(task).containsExactlyInAnyOrderElementsOf(Catalogs.slotNames(t));
      }
    }
  }

  private void assertSameMedia(String task, String slot) throws IOException {
    CatalogTask t = Catalogs.task(task);
    List<Example> a = Catalogs.SYNTHETIC.examples(t, 11, Split.TRAIN, 2, one);
    List<Example> b = Catalogs.SYNTHETIC.examples(t, 11, Split.TRAIN, 2, two);
    for (int i = 0; i < a.size(); i++) {
      Path pa = (Path) a.get(i).get(slot);
      Path pb = (Path) b.get(i).get(slot);
      assertThat(pa).startsWith(one).isRegularFile();
      assertThat(Files.readAllBytes(pa)).isEqualTo(Files.readAllBytes(pb));
    }
    long modified = Files.getLastModifiedTime((Path) a.get(0).get(slot)).toMillis();
    Catalogs.SYNTHETIC.examples(t, 11, Split.TRAIN, 1, one);
    assertThat(Files.getLastModifiedTime((Path) a.get(0).get(slot)).toMillis()).isEqualTo(modified);
    assertThat(Files.readAllBytes((Path) a.get(0).get(slot))).isNotEqualTo(
        Files.readAllBytes((Path) Catalogs.SYNTHETIC.examples(t, 11, Split.TRAIN, 2, one).get(1).get(slot)));
  }
}
