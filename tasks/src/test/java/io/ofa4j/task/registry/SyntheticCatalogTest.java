package io.ofa4j.task.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ofa4j.task.catalog.TaskCatalog.CatalogTask;
import io.ofa4j.task.data.Example;
import io.ofa4j.task.synthetic.Split;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCatalogTest {
  @TempDir
  Path cache;

  @Test
  void everyTrainableTaskHasItsGenerator() {
    assertThat(Catalogs.trainable()).hasSize(26);
    for (CatalogTask t : Catalogs.trainable()) {
      assertThat(Catalogs.SYNTHETIC.datasets().find(t.spec().synthetic().generator()))
          .as(t.spec().name()).isPresent();
    }
  }

  @Test
  void examplesCarryExactlyThePlanSlotNamesOnBothSplits() {
    for (CatalogTask t : Catalogs.trainable()) {
      if (Catalogs.EXTERNAL_TOOLS.contains(t.spec().synthetic().generator())) {
        continue; // covered by SyntheticMediaTest
      }
      for (Split split : Split.values()) {
        for (Example e : Catalogs.SYNTHETIC.examples(t, 3, split, 3, cache)) {
          assertThat(e.slots().keySet()).as(t.spec().name() + " " + e.origin())
              .containsExactlyInAnyOrderElementsOf(Catalogs.slotNames(t));
        }
      }
    }
  }

  @Test
  void sameSeedSameExamplesAndSplitsAreDisjoint() {
    for (CatalogTask t : Catalogs.trainable()) {
      if (Catalogs.EXTERNAL_TOOLS.contains(t.spec().synthetic().generator())
          || t.spec().name().equals("sudoku")) {
        continue;
      }
      String a = render(Catalogs.SYNTHETIC.examples(t, 5, Split.TRAIN, 20, cache));
      String b = render(Catalogs.SYNTHETIC.examples(t, 5, Split.TRAIN, 20, cache));
      String other = render(Catalogs.SYNTHETIC.examples(t, 6, Split.TRAIN, 20, cache));
      assertThat(a).as(t.spec().name()).isEqualTo(b).isNotEqualTo(other);
      List<String> train = Catalogs.SYNTHETIC.examples(t, 5, Split.TRAIN, 20, cache).stream()
          .map(Example::origin).toList();
      List<String> val = Catalogs.SYNTHETIC.examples(t, 5, Split.VALIDATION, 20, cache).stream()
          .map(Example::origin).toList();
      assertThat(val).as(t.spec().name()).doesNotContainAnyElementsOf(train);
    }
  }

  @Test
  void classLabelsAreTheCatalogsLabelsAndBalanced() {
    for (String name : List.of("sst2", "cola", "mnli", "rte", "mrpc", "qnli", "qqp")) {
      CatalogTask t = Catalogs.task(name);
      Map<String, Long> counts = Catalogs.SYNTHETIC.examples(t, 1, Split.VALIDATION, -1, cache).stream()
          .collect(Collectors.groupingBy(e -> e.text("label"), Collectors.counting()));
      assertThat(counts.keySet()).as(name).containsExactlyInAnyOrderElementsOf(t.spec().labels());
      long max = counts.values().stream().mapToLong(Long::longValue).max().orElseThrow();
      long min = counts.values().stream().mapToLong(Long::longValue).min().orElseThrow();
      assertThat(max - min).as(name).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void textBaselinesHaveTheirDocumentedValues() {
    assertThat(baseline("sst2").value()).isCloseTo(0.5, within(1e-9));
    assertThat(baseline("mnli").value()).isCloseTo(0.34, within(0.011));
    assertThat(baseline("cola").metric()).isEqualTo("mcc");
    assertThat(baseline("cola").value()).isCloseTo(0.0, within(1e-9));
    assertThat(baseline("sudoku").value()).isZero();
    assertThat(baseline("text_infilling").value()).isZero();
    BaselineReport sql = baseline("spider");
    assertThat(sql.metric()).isEqualTo("sql_execution_accuracy");
    assertThat(sql.value()).isGreaterThanOrEqualTo(0).isLessThan(0.3);
    BaselineReport gigaword = baseline("gigaword");
    assertThat(gigaword.metric()).isEqualTo("rouge_l");
    assertThat(gigaword.value()).isGreaterThan(0).isLessThan(0.5);
    assertThat(baseline("dart").value()).isLessThan(20);
    assertThat(baseline("fetaqa").value()).isLessThan(40);
    assertThat(baseline("natural_instructions").value()).isLessThan(0.5);
  }

  @Test
  void sceneBaselines() {
    assertThat(baseline("refcoco").value()).isLessThan(0.3);
    assertThat(baseline("vqa").value()).isGreaterThan(0).isLessThan(0.5);
    assertThat(baseline("image_text_matching").value()).isCloseTo(0.5, within(1e-9));
    assertThat(baseline("detection").value()).isLessThan(0.2);
  }

  @Test
  void plannedOnlyTasksHaveNoSyntheticData() {
    assertThatThrownBy(() -> Catalogs.SYNTHETIC.dataset(Catalogs.task("tts")))
        .hasMessageContaining("'tts' is planned only");
    assertThatThrownBy(() -> Catalogs.SYNTHETIC.datasets().require("scene_captoin"))
        .hasMessageContaining("did you mean 'scene_caption'");
  }

  private BaselineReport baseline(String task) {
    CatalogTask t = Catalogs.task(task);
    List<Example> eval = Catalogs.SYNTHETIC.examples(t, 1, Split.VALIDATION, -1, cache);
    return Catalogs.SYNTHETIC.baseline(t, 1, Split.VALIDATION, eval, cache);
  }

  private static String render(List<Example> examples) {
    StringBuilder sb = new StringBuilder();
    for (Example e : examples) {
      e.slots().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(s -> sb.append(s.getKey())
          .append('=').append(SlotValues.plain(s.getValue(), Path::toString))
          .append(';'));
      sb.append('\n');
    }
    return sb.toString();
  }
}
