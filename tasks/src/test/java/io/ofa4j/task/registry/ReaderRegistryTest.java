package io.ofa4j.task.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.task.catalog.TaskCatalog.CatalogTask;
import io.ofa4j.task.data.DatasetReader;
import io.ofa4j.task.data.Example;
import io.ofa4j.task.data.OnMalformed;
import io.ofa4j.task.data.ReaderOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderRegistryTest {
  private static final ReaderRegistry READERS = ReaderRegistry.builtIn();

  @TempDir
  Path dir;

  @Test
  void everyCatalogFormatResolvesAndMapsOntoItsTasksSlots() {
    for (CatalogTask t : Catalogs.CATALOG.tasks()) {
      for (String format : t.spec().formats()) {
        String where = t.spec().name() + "/" + format;
        assertThat(READERS.format(format).create(FormatOptions.at(dir))).as(where).isNotNull();
        TaskMapping m = READERS.mapping(t.spec().name(), format).orElseThrow(
            () -> new AssertionError(where + " has no mapping"));
        Set<String> covered = new TreeSet<>(m.taskSlots());
        covered.addAll(m.missing().keySet());
        assertThat(covered).as(where).isEqualTo(Catalogs.slotNames(t));
        assertThat(READERS.format(format).slots()).as(where).containsAll(m.renames().keySet());
      }
    }
  }

  @Test
  void unknownFormatGetsAGuess() {
    assertThatThrownBy(() -> READERS.format("glue_sst_tsv"))
        .hasMessageContaining("unknown dataset format 'glue_sst_tsv'")
        .hasMessageContaining("did you mean 'glue_sst2_tsv'");
  }

  @Test
  void readsSst2WithTheTasksSlotNamesAndLabelWords() throws IOException {
    Path tsv = dir.resolve("dev.tsv");
    Files.writeString(tsv, "sentence\tlabel\nit 's a charming journey . \t1\na dull mess \t0\n");
    List<Example> out = read("sst2", "glue_sst2_tsv", tsv);
    assertThat(out).extracting(e -> e.text("label")).containsExactly("positive", "negative");
    assertThat(out.get(0).slots().keySet()).containsExactlyInAnyOrder("sentence", "label");
  }

  @Test
  void readsPlainTextOneLinePerExample() throws IOException {
    Path txt = dir.resolve("corpus.txt");
    Files.writeString(txt, "a line, with \"quotes\"\tand a tab\nsecond line\n");
    assertThat(read("text_infilling", "plain_text", txt)).extracting(e -> e.text("text"))
        .containsExactly("a line, with \"quotes\"\tand a tab", "second line");
  }

  @Test
  void readsCocoInstancesAsRepeatedBoxesAndLabels() throws IOException {
    Path json = dir.resolve("instances_val2017.json");
    Files.writeString(json, """
        {"images": [{"id": 7, "file_name": "a.jpg"}, {"id": 9, "file_name": "b.jpg"}],
         "annotations": [{"id": 1, "image_id": 7, "bbox": [10, 20, 30, 40], "category_id": 3, "iscrowd": 0},
                         {"id": 2, "image_id": 7, "bbox": [0, 0, 5, 5], "category_id": 1, "iscrowd": 1}],
         "categories": [{"id": 1, "name": "person"}, {"id": 3, "name": "car"}]}
        """);
    List<Example> out = read("detection", "coco_instances_json", json);
    assertThat(out).hasSize(2);
    assertThat(out.get(0).get("img")).isEqualTo(dir.resolve("val2017/a.jpg"));
    assertThat(out.get(0).texts("text_0")).containsExactly("car");
    @SuppressWarnings("unchecked")
    List<double[]> boxes = (List<double[]>) out.get(0).get("box_0");
    assertThat(boxes.get(0)).containsExactly(10, 20, 40, 60);
    assertThat(out.get(1).texts("text_0")).isEmpty();
  }

  @Test
  void readsMsrVttQaWithNumericVideoIds() throws IOException {
    Path json = dir.resolve("val_qa.json");
    Files.writeString(json, "[{\"answer\": \"man\", \"id\": 0, \"question\": \"who is singing?\", "
        + "\"video_id\": 7010}, {\"answer\": \"\", \"id\": 1, \"question\": \"what?\", \"video_id\": 1}]");
    List<Example> out = new ArrayList<>();
    try (DatasetReader r = new DatasetReader(List.of(json), READERS.open("msrvtt_qa", "msrvtt_qa_json",
        FormatOptions.at(dir)), new ReaderOptions(0, 1, OnMalformed.SKIP, Map.of()))) {
      r.forEachRemaining(out::add);
      assertThat(r.malformedCount()).isEqualTo(1);
    }
    assertThat(out).hasSize(1);
    assertThat(out.get(0).get("video")).isEqualTo(dir.resolve("videos/video7010.mp4"));
    assertThat(out.get(0).text("question")).isEqualTo("who is singing?");
    assertThat(out.get(0).text("answer")).isEqualTo("man");
  }

  @Test
  void naturalInstructionsSourceJoinsDefinitionAndInput() {
    TaskMapping m = READERS.mapping("natural_instructions", "natural_instructions_json").orElseThrow();
    Example e = m.apply(new Example(Map.of("definition", "Say hi.", "input", "Bob",
        "output", "hi Bob", "id", "x"), "t#1"));
    assertThat(e.text("src")).isEqualTo("Definition: Say hi. Input: Bob");
    assertThat(e.text("tgt")).isEqualTo("hi Bob");
  }

  private static List<Example> read(String task, String format, Path file) {
    List<Example> out = new ArrayList<>();
    try (DatasetReader r = new DatasetReader(List.of(file),
        READERS.open(task, format, FormatOptions.at(file.getParent())), ReaderOptions.sequential())) {
      r.forEachRemaining(out::add);
    }
    return out;
  }
}
