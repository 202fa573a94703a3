package io.ofa4j.task.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MixedReaderTest {

  @TempDir Path dir;

  private Path source(String name, int n) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(name).append(i).append('\n');
    }
    Path p = dir.resolve(name + ".txt");
    Files.writeString(p, sb);
    return p;
  }

  private MixedReader mixed(List<Path> files, MixedReader.Position at) {
    DelimitedFormat lines = DelimitedFormat.tsv(false, ColumnMapping.parse("text:0", List.of()));
    List<DatasetReader> readers = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      ReaderPosition p = at == null ? ReaderPosition.START : at.sources().get(i);
      readers.add(new DatasetReader(List.of(files.get(i)), lines, ReaderOptions.sequential().withShuffle(5, 3), p));
    }
    return new MixedReader(readers, new double[] {3, 1}, 11, at == null ? 0 : at.draws());
  }

  @Test
  void drawsByRatioUntilAllSourcesAreExhaustedAndResumesExactly() throws Exception {
    List<Path> files = List.of(source("a", 30), source("b", 10));
    List<String> full = new ArrayList<>();
    try (MixedReader m = mixed(files, null)) {
      m.forEachRemaining(e -> full.add(e.text("text")));
    }
    assertThat(full).hasSize(40);
    long aInFirst20 = full.subList(0, 20).stream().filter(s -> s.startsWith("a")).count();
    assertThat(aInFirst20).isBetween(10L, 19L);
    for (int k : new int[] {0, 7, 25, 39, 40}) {
      MixedReader first = mixed(files, null);
      for (int i = 0; i < k; i++) {
        first.next();
      }
      MixedReader.Position at = first.position();
      first.close();
      List<String> rest = new ArrayList<>();
      try (MixedReader resumed = mixed(files, at)) {
        resumed.forEachRemaining(e -> rest.add(e.text("text")));
      }
      assertThat(rest).as("resumed after %s", k).isEqualTo(full.subList(k, full.size()));
    }
  }
}
