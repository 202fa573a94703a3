package io.ofa4j.modality.struct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.modality.spi.PreprocessInspector.Inspection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StructInspectorTest {

  @Test
  void linearisesEachJsonKind(@TempDir Path dir) throws IOException {
    Path table = Files.writeString(dir.resolve("t.json"), "{\"header\": [\"A\", \"B\"], \"rows\": [[\"x\", 1], [\"y\", 2]]}");
    Inspection t = new StructInspector().inspect(table, Map.of());
    assertThat(t.summary()).containsEntry("kind", "table").containsEntry("linearized", "a : b | x : 1 | y : 2")
        .containsEntry("length_words", 11).containsEntry("items", 2);
    Path triples = Files.writeString(dir.resolve("d.json"), "{\"triples\": [[\"Alan_Bean\", \"birthPlace\", \"Wheeler, Texas\"]]}");
    assertThat(new StructInspector().inspect(triples, Map.of()).summary())
        .containsEntry("linearized", "alan bean : birthplace : wheeler  texas");
    Path db = Files.writeString(dir.resolve("s.json"),
        "{\"db_id\": \"pets\", \"tables\": [{\"name\": \"Pet\", \"columns\": [\"PetID\", {\"name\": \"Kind\", \"values\": [\"Dog\"]}]}]}");
    assertThat(new StructInspector().inspect(db, Map.of()).summary())
        .containsEntry("linearized", "| pets | pet : petid , kind ( Dog )");
  }

  @Test
  void raggedRowsAndBadJsonNameTheFile(@TempDir Path dir) throws IOException {
    Path ragged = Files.writeString(dir.resolve("r.json"), "{\"header\": [\"A\", \"B\"], \"rows\": [[\"x\"]]}");
    assertThatThrownBy(() -> new StructInspector().inspect(ragged, Map.of()))
        .hasMessage(ragged + ": table row 0 has 1 cells, the header has 2 (A, B)");
    Path bad = Files.writeString(dir.resolve("b.json"), "{\"header\": [");
    assertThatThrownBy(() -> new StructInspector().inspect(bad, Map.of())).hasMessageStartingWith(bad + ": invalid JSON");
  }
}
