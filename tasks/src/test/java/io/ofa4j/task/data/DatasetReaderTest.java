package io.ofa4j.task.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {

  @TempDir Path dir;

  private static final DelimitedFormat TSV =
      DelimitedFormat.tsv(true, ColumnMapping.parse("id:id,text:text", List.of()));

  private List<Path> shards(int files, int linesPerFile) throws IOException {
    List<Path> out = new ArrayList<>();
    for (int f = 0; f < files; f++) {
      StringBuilder sb = new StringBuilder("id\ttext\n");
      for (int i = 0; i < linesPerFile; i++) {
        sb.append(f).append('-').append(i).append("\tsentence ").append(i).append('\n');
      }
      Path p = dir.resolve("part-" + f + ".tsv");
      Files.writeString(p, sb);
      out.add(p);
    }
    return out;
  }

  private static List<String> ids(DatasetReader reader) {
    List<String> out = new ArrayList<>();
    reader.forEachRemaining(e -> out.add(e.text("id")));
    reader.close();
    return out;
  }

  @Test
  void readsAllShardsInOrderWithoutShuffle() throws IOException {
    List<String> ids = ids(new DatasetReader(shards(2, 3), TSV, ReaderOptions.sequential()));
    assertThat(ids).containsExactly("0-0", "0-1", "0-2", "1-0", "1-1", "1-2");
  }

  @Test
  void oneBadLineIsSkippedAndCountedNothingElseLost() throws IOException {
    Path p = dir.resolve("bad.tsv");
    Files.writeString(p, "id\ttext\na\tone\nb-without-tab\nc\tthree\n\nd\tfour\n");
    DatasetReader reader = new DatasetReader(List.of(p), TSV, ReaderOptions.sequential().with(OnMalformed.SKIP));
    assertThat(ids(reader)).containsExactly("a", "c", "d");
    assertThat(reader.malformedCount()).isEqualTo(1);
  }

  @Test
  void failModeNamesFileAndLine() throws IOException {
    Path p = dir.resolve("bad.tsv");
    Files.writeString(p, "id\ttext\na\tone\nb-without-tab\n");
    DatasetReader reader = new DatasetReader(List.of(p), TSV, ReaderOptions.sequential());
    assertThatThrownBy(() -> ids(reader))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("bad.tsv:3: expected at least 2 fields separated by '\\t' but found 1");
  }

  @Test
  void shuffleIsDeterministicBySeedAndAPermutation() throws IOException {
    List<Path> files = shards(3, 7);
    ReaderOptions shuffled = ReaderOptions.sequential().withShuffle(42, 5);
    List<String> a = ids(new DatasetReader(files, TSV, shuffled));
    List<String> b = ids(new DatasetReader(files, TSV, shuffled));
    List<String> c = ids(new DatasetReader(files, TSV, shuffled.withShuffle(7, 5)));
    List<String> plain = ids(new DatasetReader(files, TSV, ReaderOptions.sequential()));
    assertThat(a).isEqualTo(b).isNotEqualTo(plain).isNotEqualTo(c).containsExactlyInAnyOrderElementsOf(plain);
  }

  @Test
  void resumeFromEveryPositionGivesExactlyTheRemainingSequence() throws IOException {
    List<Path> files = shards(3, 7);
    for (int buffer : new int[] {1, 4, 50}) {
      ReaderOptions options = ReaderOptions.sequential().withShuffle(3, buffer);
      List<String> full = ids(new DatasetReader(files, TSV, options));
      for (int k = 0; k <= full.size(); k++) {
        DatasetReader first = new DatasetReader(files, TSV, options);
        for (int i = 0; i < k; i++) {
          first.next();
        }
        ReaderPosition at = first.position();
        first.close();
        List<String> rest = ids(new DatasetReader(files, TSV, options, at));
        assertThat(rest).as("buffer %s, resumed after %s at %s", buffer, k, at).isEqualTo(full.subList(k, full.size()));
      }
    }
  }

  @Test
  void positionWithoutShuffleUsesByteOffsets() throws IOException {
    List<Path> files = shards(1, 4);
    DatasetReader reader = new DatasetReader(files, TSV, ReaderOptions.sequential());
    reader.next();
    reader.next();
    ReaderPosition at = reader.position();
    assertThat(at.fileIndex()).isZero();
    assertThat(at.recordIndex()).isEqualTo(3);
    assertThat(at.byteOffset()).isEqualTo("id\ttext\n0-0\tsentence 0\n0-1\tsentence 1\n".length());
    reader.close();
  }

  @Test
  void slotNamesAreRenamed() throws IOException {
    ReaderOptions options = ReaderOptions.sequential().withSlotNames(Map.of("text", "src"));
    DatasetReader reader = new DatasetReader(shards(1, 1), TSV, options);
    assertThat(reader.next().slots()).containsOnlyKeys("id", "src");
    reader.close();
  }
}
