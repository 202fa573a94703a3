package io.ofa4j.task.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** COCO (Karpathy), VQAv2, RefCOCO and SNLI-VE on tiny files in the real layouts. */
class VisionLanguageFormatsTest {

  @TempDir Path dir;

  @Test
  void karpathyCocoKeepsRequestedSplits() throws Exception {
    Path f = dir.resolve("dataset_coco.json");
    Files.writeString(f, """
        {"images": [
          {"filepath": "val2014", "sentids": [1, 2], "filename": "COCO_val2014_000000391895.jpg", "imgid": 0,
           "split": "test", "sentences": [{"tokens": ["a", "man"], "raw": "A man with a red helmet.", "imgid": 0, "sentid": 1},
                                          {"tokens": ["a"], "raw": "Man riding a bike.", "imgid": 0, "sentid": 2}],
           "cocoid": 391895},
          {"filepath": "train2014", "filename": "COCO_train2014_000000000009.jpg", "split": "train",
           "sentences": [{"raw": "Food in bowls."}], "cocoid": 9}
        ], "dataset": "coco"}""");
    List<Example> test = Read.all(new KarpathyCocoFormat(dir.resolve("img"), Set.of("test")), f);
    assertThat(test).hasSize(1);
    Example e = test.get(0);
    assertThat(e.get("image")).isEqualTo(dir.resolve("img/val2014/COCO_val2014_000000391895.jpg"));
    assertThat(e.texts("captions")).containsExactly("A man with a red helmet.", "Man riding a bike.");
    assertThat(e.text("image_id")).isEqualTo("391895");
    assertThat(Read.all(new KarpathyCocoFormat(dir, Set.of()), f)).hasSize(2);
  }

  private Path vqaQuestions(int n) throws Exception {
    StringBuilder q = new StringBuilder("{\"info\": {}, \"data_subtype\": \"val2014\", \"questions\": [");
    for (int i = 0; i < n; i++) {
      q.append(i == 0 ? "" : ",").append("{\"image_id\": ").append(42 + i)
          .append(", \"question\": \"What color is thing ").append(i).append("?\", \"question_id\": ").append(420 + i).append('}');
    }
    Path p = dir.resolve("v2_OpenEnded_mscoco_val2014_questions.json");
    Files.writeString(p, q.append("]}"));
    return p;
  }

  private Path vqaAnnotations(int n, int wrongAt) throws Exception {
    StringBuilder a = new StringBuilder("{\"annotations\": [");
    for (int i = 0; i < n; i++) {
      a.append(i == 0 ? "" : ",").append("{\"question_type\": \"what color\", \"multiple_choice_answer\": \"red\", \"answers\": [");
      for (int k = 0; k < 10; k++) {
        a.append(k == 0 ? "" : ",").append("{\"answer\": \"").append(k < 7 ? "red" : "dark red")
            .append("\", \"answer_confidence\": \"yes\", \"answer_id\": ").append(k + 1).append('}');
      }
      a.append("], \"image_id\": ").append(42 + i).append(", \"answer_type\": \"other\", \"question_id\": ")
          .append(i == wrongAt ? 999 : 420 + i).append('}');
    }
    Path p = dir.resolve("v2_mscoco_val2014_annotations.json");
    Files.writeString(p, a.append("], \"data_type\": \"mscoco\"}"));
    return p;
  }

  @Test
  void vqaJoinsQuestionsAndAnnotationsInLockstep() throws Exception {
    Path q = vqaQuestions(3);
    VqaV2Format format = new VqaV2Format(vqaAnnotations(3, -1), dir, "COCO_val2014_%012d.jpg");
    List<Example> rows = Read.all(format, q);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).get("image")).isEqualTo(dir.resolve("COCO_val2014_000000000043.jpg"));
    assertThat(rows.get(1).texts("answers")).hasSize(10).containsOnly("red", "dark red");
    assertThat(rows.get(1).text("question")).isEqualTo("What color is thing 1?");
    assertThat(Read.all(new VqaV2Format(null, dir, "%d.jpg"), q).get(0).slots()).doesNotContainKey("answers");
  }

  @Test
  void vqaMisalignedAnnotationIsMalformedAndResumeKeepsLockstep() throws Exception {
    Path q = vqaQuestions(4);
    VqaV2Format format = new VqaV2Format(vqaAnnotations(4, 1), dir, "%d.jpg");
    DatasetReader r = new DatasetReader(List.of(q), format, ReaderOptions.sequential().with(OnMalformed.SKIP));
    assertThat(r.next().text("question_id")).isEqualTo("420");
    ReaderPosition at = r.position();
    List<String> rest = new ArrayList<>();
    r.forEachRemaining(e -> rest.add(e.text("question_id")));
    assertThat(rest).containsExactly("422", "423");
    assertThat(r.malformedCount()).isEqualTo(1);
    r.close();
    DatasetReader resumed = new DatasetReader(List.of(q), format, ReaderOptions.sequential().with(OnMalformed.SKIP), at);
    List<String> again = new ArrayList<>();
    resumed.forEachRemaining(e -> again.add(e.text("question_id") + ":" + e.texts("answers").size()));
    assertThat(again).containsExactly("422:10", "423:10");
  }

  @Test
  void refCocoConvertsXywhBoxes() throws Exception {
    Path instances = dir.resolve("instances.json");
    Files.writeString(instances, """
        {"info": {}, "images": [{"id": 581857, "file_name": "COCO_train2014_000000581857.jpg", "height": 640, "width": 427}],
         "annotations": [{"id": 1719310, "image_id": 581857, "category_id": 1, "bbox": [103.93, 299.99, 134.22, 177.86]}],
         "categories": []}""");
    Path refs = dir.resolve("refs_unc.json");
    Files.writeString(refs, """
        [{"sent_ids": [0, 1], "file_name": "COCO_train2014_000000581857_16.jpg", "ann_id": 1719310, "ref_id": 0,
          "image_id": 581857, "split": "train", "category_id": 1,
          "sentences": [{"tokens": ["the", "lady"], "raw": "THE LADY", "sent_id": 0, "sent": "the lady with the blue shirt"},
                        {"tokens": ["lady"], "raw": "lady w back to us", "sent_id": 1, "sent": "lady w back to us"}]},
         {"ann_id": 1719310, "ref_id": 1, "image_id": 581857, "split": "testA", "sentences": [{"sent": "x"}]}]""");
    List<Example> rows = Read.all(new RefCocoFormat(instances, dir, Set.of("train")), refs);
    assertThat(rows).hasSize(2);
    assertThat((double[]) rows.get(0).get("region")).containsExactly(new double[] {103.93, 299.99, 238.15, 477.85},
        offset(1e-9));
    assertThat(rows.get(1).text("text")).isEqualTo("lady w back to us");
    assertThat(rows.get(0).get("image")).isEqualTo(dir.resolve("COCO_train2014_000000581857.jpg"));
  }

  @Test
  void snliVeJsonl() throws Exception {
    Path f = dir.resolve("snli_ve_dev.jsonl");
    Files.writeString(f, "{\"Flickr30K_ID\": \"2248275918\", \"sentence1\": \"Two women are embracing.\", "
        + "\"sentence2\": \"The sisters are hugging goodbye.\", \"gold_label\": \"neutral\"}\n");
    Example e = Read.all(new SnliVeFormat(dir), f).get(0);
    assertThat(e.get("image")).isEqualTo(dir.resolve("2248275918.jpg"));
    assertThat(e.text("label")).isEqualTo("neutral");
  }
}
