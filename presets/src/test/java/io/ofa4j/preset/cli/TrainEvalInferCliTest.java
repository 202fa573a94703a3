package io.ofa4j.preset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.preset.run.TinyPreset;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train} on a tiny two-task preset for a few steps, then {@code eval} and {@code infer} on
 * its checkpoint, and the exit codes and messages of bad input.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainEvalInferCliTest {
  @TempDir static Path dir;
  private Path run;
  private String trainOut;

  private record Result(int code, String out, String err) {}

  private static Result cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  @BeforeAll
  void train() {
    run = dir.resolve("run");
    Result r = cli("train", "--preset", TinyPreset.write(dir, 4).toString(), "--out", run.toString(),
        "--progress-every", "1");
    assertThat(r.code()).as(r.err()).isZero();
    trainOut = r.out();
  }

  @Test
  void trainWritesACompleteCheckpointTheTableAndTheReport() throws Exception {
    assertThat(trainOut).contains("step 4/4", "final evaluation", "| sst2", "accuracy ^", "| refcoco",
        "iou_accuracy ^", "baseline", "margin");
    // the media control runs for the image task only
    assertThat(trainOut).contains("control refcoco: iou_accuracy ").doesNotContain("control sst2");
    Path ckpt = run.resolve("checkpoints/step-00000004");
    for (String f : new String[] {"config.json", "model.safetensors", "adapters.safetensors", "tokenizer.json",
        "tasks.json", "preset.yaml", "trainer_state.json", "optimizer.safetensors"}) {
      assertThat(ckpt.resolve(f)).as(f).isRegularFile();
    }
    try (Stream<Path> s = Files.list(run.resolve("checkpoints"))) {
      assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("step-")).toList())
          .as("keep_last 1 (the best may be kept too)").hasSizeBetween(1, 2).contains("step-00000004");
    }
    assertThat(run.resolve("metrics.jsonl")).isRegularFile();
    assertThat(run.resolve("report/index.html")).isRegularFile();
    assertThat(Files.readString(ckpt.resolve("tasks.json"))).contains("\"sst2\"", "positive", "negative");
  }

  @Test
  void evalPrintsTheTableOfOneTask() {
    Result r = cli("eval", "--checkpoint", run.toString(), "--task", "sst2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("| sst2", "accuracy ^").doesNotContain("| refcoco");
  }

  @Test
  void inferAnswersWithTypedJson() throws Exception {
    Result label = cli("infer", "--checkpoint", run.toString(), "--task", "sst2", "--input", "sentence=a fine film");
    assertThat(label.code()).as(label.err()).isZero();
    assertThat(label.out()).containsPattern("\"label\" : \"(positive|negative)\"").contains("\"slot\" : \"label\"");
    Path image = firstPng();
    Result box = cli("infer", "--checkpoint", run.toString(), "--task", "refcoco", "--input", "img=" + image,
        "--input", "cap=the red circle");
    assertThat(box.code()).as(box.err()).isZero();
    assertThat(box.out()).contains("\"modality\" : \"BOX\"", "\"box\" : [");
  }

  @Test
  void badInputExitsTwoWithAMessageNamingIt() {
    Result noEq = cli("infer", "--checkpoint", run.toString(), "--task", "sst2", "--input", "sentence");
    assertThat(noEq.code()).isEqualTo(2);
    assertThat(noEq.err()).contains("--input 'sentence' is not SLOT=VALUE").doesNotContain("Exception");
    Result unknown = cli("infer", "--checkpoint", run.toString(), "--task", "sst2", "--input", "text=x");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("no input slot 'text'", "[sentence]");
    Result missingFile = cli("infer", "--checkpoint", run.toString(), "--task", "refcoco", "--input",
        "img=" + dir.resolve("nope.png"), "--input", "cap=x");
    assertThat(missingFile.code()).isEqualTo(2);
    assertThat(missingFile.err()).contains("slot 'img' (IMAGE): file not found", "nope.png");
    Result missingSlot = cli("infer", "--checkpoint", run.toString(), "--task", "refcoco", "--input", "cap=x");
    assertThat(missingSlot.code()).isEqualTo(2);
    assertThat(missingSlot.err()).contains("missing input for slot 'img'");
    Result unknownTask = cli("infer", "--checkpoint", run.toString(), "--task", "vqa", "--input", "a=b");
    assertThat(unknownTask.code()).isEqualTo(2);
    assertThat(unknownTask.err()).contains("no task 'vqa'", "sst2", "refcoco");
  }

  @Test
  void resumeContinuesFromTheLatestCheckpointWithItsOwnPreset() {
    Path resumed = dir.resolve("resumed");
    Result r = cli("train", "--resume", run.resolve("checkpoints/step-00000004").toString(), "--set",
        "trainer.steps=6", "--out", resumed.toString(), "--progress-every", "1");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("preset 'tiny'", "step 6/6", "final evaluation (6 steps").doesNotContain("step 1/6");
    assertThat(resumed.resolve("checkpoints/step-00000006/tasks.json")).isRegularFile();
  }

  @Test
  void missingCheckpointAndBadPresetExitTwo() throws Exception {
    Result eval = cli("eval", "--checkpoint", dir.resolve("absent").toString());
    assertThat(eval.code()).isEqualTo(2);
    assertThat(eval.err()).contains("checkpoint directory not found", "absent").doesNotContain("at io.ofa4j");
    Result infer = cli("infer", "--checkpoint", dir.resolve("absent").toString(), "--task", "sst2");
    assertThat(infer.code()).isEqualTo(2);
    Result both = cli("infer", "--checkpoint", run.toString(), "--task", "sst2", "--instruction", "x -> [TEXT:y]");
    assertThat(both.code()).isEqualTo(2);
    Result noPreset = cli("train");
    assertThat(noPreset.code()).isEqualTo(2);
    assertThat(noPreset.err()).contains("--preset");
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "extends: base\nname: bad\ntrainer:\n  stepz: 3\n");
    Result badPreset = cli("train", "--preset", bad.toString(), "--out", dir.resolve("x").toString());
    assertThat(badPreset.code()).isEqualTo(2);
    assertThat(badPreset.err()).contains("unknown key 'stepz'", "^");
    Result unknownPreset = cli("train", "--preset", "no-such-preset");
    assertThat(unknownPreset.code()).isEqualTo(2);
  }

  private Path firstPng() throws Exception {
    Path root = io.ofa4j.task.synthetic.MediaCache.defaultRoot();
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().contains("scene_grounding") && p.toString().endsWith(".png"))
          .findFirst().orElseThrow();
    }
  }
}
