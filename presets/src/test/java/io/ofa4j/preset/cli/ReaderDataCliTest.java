package io.ofa4j.preset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ofa4j train} on real-format files written by the test: an SST-2 TSV (train and dev, one
 * malformed row) and a RefCOCO refs JSON with COCO instances and PNG images (one ref pointing at a
 * missing annotation). Checks the example counts, the skipped count, the baselines computed on the
 * read data, inference with beam search from the checkpoint, and the errors of an unknown format,
 * a missing file, a bad mapping and a malformed record under {@code on_malformed: fail}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderDataCliTest {
  @TempDir static Path dir;
  private Path data;
  private CliRun trained;

  @BeforeAll
  void writeDataAndTrain() throws IOException {
    data = dir.resolve("data");
    Files.createDirectories(data.resolve("coco/images"));
    StringBuilder train = new StringBuilder("sentence\tlabel\n");
    String[] good = {"a fine warm film", "dull and slow", "great fun", "awful plot", "lovely acting", "boring",
        "superb story", "weak jokes", "moving and bright", "tedious mess", "charming", "flat"};
    for (int i = 0; i < good.length; i++) {
      train.append(good[i]).append('\t').append(i % 2 == 0 ? 1 : 0).append('\n');
      if (i == 4) {
        train.append("a row without its label column\n"); // line 7: malformed
      }
    }
    Files.writeString(data.resolve("train.tsv"), train);
    Files.writeString(data.resolve("dev.tsv"), "sentence\tlabel\nnice\t1\nbad\t0\nbright\t1\ngrim\t0\nokay\t1\n");
    writeRefCoco(data.resolve("coco"));
    trained = CliRun.run("train", "--preset", preset("reader", """
          - name: sst2
            micro_batch_size: 4
            data: {source: glue_sst2_tsv, path: %s, validation_path: %s, train: 0, validation: 4,
                   on_malformed: skip}
          - name: refcoco
            micro_batch_size: 2
            generation: {num_beams: 3}
            data: {source: refcoco_json, path: %s, validation: 2, on_malformed: skip,
                   options: {instances: instances.json, image_dir: images}}
        """.formatted(data.resolve("train.tsv"), data.resolve("dev.tsv"), data.resolve("coco/refs.json")))
        .toString(), "--out", dir.resolve("run").toString(), "--progress-every", "1");
  }

  @Test
  void trainsOnTheReadExamplesAndReportsTheSkippedRecords() {
    assertThat(trained.exitCode()).as(trained.err()).isZero();
    assertThat(trained.out()).contains("step 2/2", "final evaluation",
        "data sst2: glue_sst2_tsv train.tsv: 12 train + 4 validation from dev.tsv; 1 malformed record skipped",
        "data refcoco: refcoco_json refs.json: 4 train + 2 validation held out from its end; 1 malformed record"
            + " skipped");
    assertThat(cell("sst2", 6)).as("n = the validation cap").isEqualTo("4");
    assertThat(cell("refcoco", 6)).isEqualTo("2");
    // the majority class of the 12 read training labels scored on the first 4 dev rows (2 of each)
    assertThat(cell("sst2", 4)).isEqualTo("0.5000");
  }

  @Test
  void theCentreBoxBaselineIsComputedOnTheRealImages() {
    // validation refs 5 and 6 hold boxes inside the middle half of their 80x60 images -> IoU > 0.5 for
    // ref 5 (box = the centre box), not for ref 6 (a corner box): baseline accuracy 0.5
    assertThat(cell("refcoco", 4)).isEqualTo("0.5000");
  }

  @Test
  void inferDecodesWithThePresetBeams() {
    Path image = data.resolve("coco/images/img1.png");
    CliRun box = CliRun.run("infer", "--checkpoint", dir.resolve("run").toString(), "--task", "refcoco",
        "--input", "img=" + image, "--input", "cap=the red square");
    assertThat(box.exitCode()).as(box.err()).isZero();
    assertThat(box.out()).contains("\"modality\" : \"BOX\"", "\"box\" : [");
  }

  @Test
  void unknownFormatNamesThePresetPlaceAndTheValue() throws IOException {
    Path p = preset("unknown", """
          - name: sst2
            data: {source: glue_sst3_tsv, path: /tmp/x.tsv}
        """);
    CliRun r = CliRun.run("train", "--preset", p.toString(), "--out", dir.resolve("x1").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(p + ":8:", "unknown dataset format 'glue_sst3_tsv'", "glue_sst2_tsv")
        .doesNotContain("at io.ofa4j");
  }

  @Test
  void missingPathAndMissingFileAreNamed() throws IOException {
    Path noPath = preset("nopath", """
          - name: sst2
            data: {source: glue_sst2_tsv}
        """);
    CliRun r = CliRun.run("train", "--preset", noPath.toString(), "--out", dir.resolve("x2").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(noPath + ":8:", "data.path is not set");
    Path absent = preset("absent", """
          - name: sst2
            data: {source: glue_sst2_tsv, path: %s}
        """.formatted(data.resolve("nope.tsv")));
    CliRun a = CliRun.run("train", "--preset", absent.toString(), "--out", dir.resolve("x3").toString());
    assertThat(a.exitCode()).isEqualTo(2);
    assertThat(a.err()).contains("task 'sst2': data.path '" + data.resolve("nope.tsv") + "' not found")
        .doesNotContain("at io.ofa4j");
  }

  @Test
  void badMappingNamesTheColumnAndTheSlots() throws IOException {
    Path p = preset("mapping", """
          - name: sst2
            data: {source: glue_sst2_tsv, path: %s, columns: {sentense: sentence, label: labl}}
        """.formatted(data.resolve("train.tsv")));
    CliRun r = CliRun.run("train", "--preset", p.toString(), "--out", dir.resolve("x4").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(p + ":8:", "format 'glue_sst2_tsv' has no slot 'sentense'", "sentence",
        "the instruction has no slot 'labl'", "label");
  }

  @Test
  void malformedRecordFailsWithFileAndLineUnderFail() throws IOException {
    Path p = preset("fail", """
          - name: sst2
            data: {source: glue_sst2_tsv, path: %s, validation: 2}
        """.formatted(data.resolve("train.tsv")));
    CliRun r = CliRun.run("train", "--preset", p.toString(), "--out", dir.resolve("x5").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("task 'sst2'", "train.tsv:7", "malformed record").doesNotContain("at io.ofa4j");
  }

  /** A tiny two-step preset with these task entries (the first task starts on line 7). */
  private Path preset(String name, String tasks) throws IOException {
    String yaml = """
        extends: base
        name: %s
        model: {hidden_size: 32, intermediate_size: 64, num_hidden_layers: 1, num_attention_heads: 2,
                num_key_value_heads: 1, vision_depth: 1, vision_embed_dim: 16}
        trainer: {steps: 2, warmup_steps: 1, eval_every: 0, checkpoint_every: 2, keep_last: 1}
        tasks:
        %s""".formatted(name, tasks);
    Path p = dir.resolve(name + ".yaml");
    Files.writeString(p, yaml);
    return p;
  }

  /** Cell {@code i} of the task's table row: 1 task, 2 metric, 3 value, 4 baseline, 5 margin, 6 n. */
  private String cell(String task, int i) {
    Matcher m = Pattern.compile("(?m)^\\| " + task + " .*$").matcher(trained.out());
    assertThat(m.find()).as(trained.out()).isTrue();
    return m.group().split("\\|")[i].strip();
  }

  /** Six refs over three 80x60 PNGs; ref 7 names an annotation the instances file lacks. */
  private static void writeRefCoco(Path root) throws IOException {
    List<String> images = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      BufferedImage img = new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = img.createGraphics();
      g.setColor(new Color(40 * i, 200, 255 - 40 * i));
      g.fillRect(20, 15, 40, 30);
      g.dispose();
      ImageIO.write(img, "png", root.resolve("images/img" + i + ".png").toFile());
      images.add("{\"id\": " + i + ", \"file_name\": \"img" + i + ".png\", \"width\": 80, \"height\": 60}");
    }
    // COCO [x, y, w, h]; ann 5 is exactly the centre box [20, 15, 60, 45], ann 6 the top-left corner
    String[] bbox = {"[20, 15, 40, 30]", "[0, 0, 30, 20]", "[30, 20, 40, 30]", "[10, 10, 50, 40]",
        "[20, 15, 40, 30]", "[0, 0, 20, 15]"};
    List<String> anns = new ArrayList<>();
    List<String> refs = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      int image = (i - 1) % 3 + 1;
      anns.add("{\"id\": " + i + ", \"image_id\": " + image + ", \"bbox\": " + bbox[i - 1] + "}");
      refs.add(ref(i, i, image));
      if (i == 3) {
        refs.add(ref(7, 99, 1)); // ann 99 is not in instances.json: malformed
      }
    }
    Files.writeString(root.resolve("instances.json"), "{\"images\": [" + String.join(", ", images)
        + "], \"annotations\": [" + String.join(", ", anns) + "]}");
    Files.writeString(root.resolve("refs.json"), "[\n" + String.join(",\n", refs) + "\n]\n");
  }

  private static String ref(int id, int ann, int image) {
    return "{\"ref_id\": " + id + ", \"ann_id\": " + ann + ", \"image_id\": " + image
        + ", \"split\": \"train\", \"sentences\": [{\"sent\": \"the square number " + id + "\", \"raw\": \"x\"}]}";
  }
}
