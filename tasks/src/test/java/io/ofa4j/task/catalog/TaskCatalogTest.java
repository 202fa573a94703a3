package io.ofa4j.task.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.planner.Planner;
import io.ofa4j.planner.plan.TaskPlan;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskCatalogTest {
  private static final TaskCatalog CATALOG = TaskCatalog.load(Planner.builtIn());
  /** Metric names of io.ofa4j.task.metric; generation-quality metrics of planned-only tasks aside. */
  private static final Set<String> METRICS = Set.of("accuracy", "mcc", "bleu", "cider",
      "coco_bleu_4", "coco_rouge_l", "rouge_l", "vqa_score", "iou_accuracy", "map",
      "detection_recall", "wer", "cer", "exact_match", "sql_execution_accuracy", "sudoku_accuracy");

  @Test
  void shipsTheWholeOfasysCatalogAndEveryTaskPlans() {
    assertThat(CATALOG.names()).hasSize(30).contains("cola", "sst2", "mnli", "mrpc", "qqp", "qnli",
        "rte", "natural_instructions", "gigaword", "text_infilling", "imagenet", "snli_ve",
        "caption", "vqa", "text_to_image", "image_infilling", "refcoco", "grounded_caption",
        "detection", "kinetics", "msrvtt_caption", "msrvtt_qa", "asr", "tts", "spider", "dart",
        "fetaqa", "sudoku", "text_to_motion", "image_text_matching");
    for (TaskCatalog.CatalogTask t : CATALOG.tasks()) {
      TaskPlan plan = t.plan().template(1);
      assertThat(plan.generator().plannedOnly()).as(t.spec().name()).isEqualTo(!t.spec().trainable());
      assertThat(t.spec().synthetic() != null).as(t.spec().name()).isEqualTo(t.spec().trainable());
      if (t.spec().trainable()) {
        assertThat(METRICS).as(t.spec().name()).containsAll(t.spec().metrics());
      }
    }
  }

  @Test
  void closedSetTasksDeclareTheirLabels() {
    for (TaskCatalog.CatalogTask t : CATALOG.tasks()) {
      boolean closed = t.spec().instruction().contains("closed_set");
      boolean labelsFromData = Set.of("imagenet", "vqa", "kinetics").contains(t.spec().name());
      if (closed && !labelsFromData) {
        assertThat(t.spec().labels()).as(t.spec().name()).isNotEmpty();
      }
    }
  }

  @Test
  void rejectsUnknownKeysAndBadNamesWithTheFile() {
    assertThatThrownBy(() -> TaskSpecReader.read("x.yaml",
        "name: x\ninstruction: a -> [TEXT]\nmetrics: [accuracy]\nmax_new_tokens: 4\n"
            + "num_beams: 1\ntrainable: true\nmetricz: [bleu]\n"))
        .hasMessage("x.yaml:7:1: unknown key 'metricz'; did you mean 'metrics'?");
    assertThatThrownBy(() -> TaskSpecReader.read("y.yaml",
        "name: Bad-Name\ninstruction: a -> [TEXT]\nmetrics: [accuracy]\nmax_new_tokens: 4\n"
            + "num_beams: 1\ntrainable: true\n"))
        .hasMessageContaining("task name 'Bad-Name' must be lower_snake_case");
  }
}
