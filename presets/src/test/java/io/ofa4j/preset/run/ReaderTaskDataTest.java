package io.ofa4j.preset.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.modality.struct.Triple;
import io.ofa4j.preset.recipe.DataSection;
import io.ofa4j.preset.recipe.GenerationSection;
import io.ofa4j.preset.recipe.TaskEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A DART JSON file read into a task's data: triples for the STRUCT slot, held-out split, baseline. */
class ReaderTaskDataTest {
  @TempDir static Path dir;
  static Path dart;
  static TaskDataLoader loader;

  @BeforeAll
  static void write() throws IOException {
    dart = dir.resolve("dart.json");
    Files.writeString(dart, """
        [
          {"tripleset": [["Alan", "born in", "Leeds"]], "annotations": [{"source": "x", "text": "Alan was born in Leeds."}]},
          {"tripleset": [["Bea", "plays"]], "annotations": [{"source": "x", "text": "broken"}]},
          {"tripleset": [["Cafe Blue", "food", "Thai"], ["Cafe Blue", "area", "centre"]],
           "annotations": [{"source": "x", "text": "Cafe Blue serves Thai food in the centre."},
                           {"source": "y", "text": "Thai food at Cafe Blue, city centre."}]},
          {"tripleset": [["Dan", "works at", "Acme"]], "annotations": [{"source": "x", "text": "Dan works at Acme."}]}
        ]
        """);
    loader = Services.create().dataLoader(1);
  }

  private static TaskEntry entry(String source, String path, int train, int validation, String onMalformed) {
    return new TaskEntry("dart", null, new DataSection(source, path, null, train, validation, Map.of(), Map.of(),
        onMalformed), 4, 1.0, 1.0, new GenerationSection(100, 2, 1.0, 0));
  }

  @Test
  void readsConvertsHoldsOutAndFitsTheCatalogBaseline() {
    TaskData t = loader.load(entry("dart_json", dart.toString(), 0, 1, "skip"), 1);
    assertThat(t.train()).hasSize(3);
    assertThat(t.validation()).hasSize(1);
    assertThat(t.train().get(1).slots().get("database")).isEqualTo(List.of(new Triple("Cafe Blue", "food", "Thai"),
        new Triple("Cafe Blue", "area", "centre")));
    assertThat(t.validation().get(0).slots().get("tgt")).isEqualTo("Dan works at Acme.");
    assertThat(t.baseline().description()).isEqualTo("triples joined as text");
    assertThat(t.baseline().predictions()).isEqualTo(List.of("Dan | works at | Acme"));
    assertThat(t.references()).isEqualTo(List.of(List.of("Dan works at Acme.")));
    assertThat(t.source()).isEqualTo("dart: dart_json dart.json: 3 train + 1 validation held out from its end; 1"
        + " malformed record skipped");
    assertThat(t.decoding().numBeams()).isEqualTo(2);
    assertThat(t.maxNewTokens()).as("the catalog's budget is smaller").isEqualTo(48);
  }

  @Test
  void trainCapKeepsTheFirstRecords() {
    TaskData t = loader.load(entry("dart_json", dart.toString(), 2, 1, "skip"), 1);
    assertThat(t.train()).hasSize(2);
    assertThat(t.train().get(0).slots().get("tgt")).isEqualTo("Alan was born in Leeds.");
  }

  @Test
  void errorsNameTheFileTheRecordAndTheValue() {
    assertThatThrownBy(() -> loader.load(entry("dart_json", dart.toString(), 0, 1, "fail"), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("task 'dart'").hasMessageContaining("dart.json").hasMessageContaining("[\"Bea\",\"plays\"]");
    assertThatThrownBy(() -> loader.load(entry("dart_jsn", dart.toString(), 0, 1, "skip"), 1))
        .hasMessageContaining("unknown dataset format 'dart_jsn'").hasMessageContaining("dart_json");
    assertThatThrownBy(() -> loader.load(entry("dart_json", dart.toString(), 0, 5, "skip"), 1))
        .hasMessageContaining("holds 4 examples, too few to hold out data.validation = 5");
  }
}
