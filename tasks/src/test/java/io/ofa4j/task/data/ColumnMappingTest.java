package io.ofa4j.task.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OFASys {@code selected_cols} spellings and generic CSV/TSV reading. */
class ColumnMappingTest {

  @TempDir Path dir;

  @Test
  void positionalColumnsFollowSlotOrder() {
    ColumnMapping m = ColumnMapping.parse("0, 2,3", List.of("img", "cap", "label"));
    assertThat(m.columns()).containsExactly(
        Map.entry("img", "0"), Map.entry("cap", "2"), Map.entry("label", "3"));
  }

  @Test
  void namedColumnsAndErrors() {
    assertThat(ColumnMapping.parse("premise:sentence1,label:2", List.of()).columns())
        .containsEntry("premise", "sentence1").containsEntry("label", "2");
    assertThatThrownBy(() -> ColumnMapping.parse("0,1", List.of("a")))
        .hasMessageContaining("lists 2 columns but the instruction has 1 slots [a]");
    assertThatThrownBy(() -> ColumnMapping.parse("a:0,1", List.of("a", "b"))).hasMessageContaining("mixes");
    assertThatThrownBy(() -> ColumnMapping.parse("a:0,a:1", List.of())).hasMessageContaining("repeated entry 'a:1'");
  }

  @Test
  void csvHonoursQuotesAndReportsUnterminatedOnes() throws Exception {
    Path p = dir.resolve("data.csv");
    Files.writeString(p, "id,text\n1,\"a, quoted \"\"text\"\"\"\n2,\"broken\n3,plain\n");
    DelimitedFormat csv = DelimitedFormat.csv(true, ColumnMapping.parse("0,1", List.of("id", "text")));
    DatasetReader r = new DatasetReader(List.of(p), csv, ReaderOptions.sequential().with(OnMalformed.SKIP));
    List<Example> rows = new ArrayList<>();
    r.forEachRemaining(rows::add);
    assertThat(rows).extracting(e -> e.text("text")).containsExactly("a, quoted \"text\"", "plain");
    assertThat(r.malformedCount()).isEqualTo(1);
  }
}
