package io.ofa4j.preset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DataCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path dir;

  @Test
  void writesTextExamplesAndTheMajorityBaseline() throws IOException {
    Path out = dir.resolve("sst2");
    CliRun r = CliRun.run("data", "sst2", "--synthetic", "--seed", "3", "--split", "validation",
        "--out", out.toString(), "--cache", dir.resolve("cache").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("wrote 100 validation examples of sst2").contains("accuracy = 0.5000");
    List<String> lines = Files.readAllLines(out.resolve("validation.jsonl"));
    assertThat(lines).hasSize(100);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.propertyNames()).containsExactly("sentence", "label");
    JsonNode baseline = JSON.readTree(out.resolve("baseline.json").toFile());
    assertThat(baseline.path("metric").asString()).isEqualTo("accuracy");
    assertThat(baseline.path("value").asDouble()).isEqualTo(0.5);
    assertThat(baseline.path("examples").asInt()).isEqualTo(100);
  }

  @Test
  void writesSceneImagesBesideTheJsonlWithRelativePathsAndTheSameBytesAgain() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    for (Path out : List.of(a, b)) {
      CliRun r = CliRun.run("data", "refcoco", "--synthetic", "--limit", "3", "--out", out.toString(),
          "--cache", dir.resolve("cache-" + out.getFileName()).toString());
      assertThat(r.exitCode()).as(r.err()).isZero();
    }
    List<String> lines = Files.readAllLines(a.resolve("train.jsonl"));
    assertThat(lines).hasSize(3).isEqualTo(Files.readAllLines(b.resolve("train.jsonl")));
    JsonNode first = JSON.readTree(lines.get(0));
    String img = first.path("img").asString();
    assertThat(img).isEqualTo("media/train/000000.png");
    assertThat(Files.readAllBytes(a.resolve(img))).isEqualTo(Files.readAllBytes(b.resolve(img)));
    assertThat(first.path("patch_boxes").size()).isEqualTo(4);
    JsonNode baseline = JSON.readTree(a.resolve("baseline.json").toFile());
    assertThat(baseline.path("metric").asString()).isEqualTo("iou_accuracy");
    assertThat(baseline.path("baseline").asString()).contains("centre box");
  }

  @Test
  void unknownTaskGetsAGuessAndExit2() {
    CliRun r = CliRun.run("data", "sst", "--synthetic", "--out", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("unknown task 'sst'").contains("did you mean");
  }

  @Test
  void plannedOnlyTaskAndMissingSyntheticFlagExit2() {
    CliRun planned = CliRun.run("data", "tts", "--synthetic", "--out", dir.toString());
    assertThat(planned.exitCode()).isEqualTo(2);
    assertThat(planned.err()).contains("'tts' is planned only");
    CliRun real = CliRun.run("data", "sst2", "--out", dir.toString());
    assertThat(real.exitCode()).isEqualTo(2);
    assertThat(real.err()).contains("only --synthetic");
    CliRun split = CliRun.run("data", "sst2", "--synthetic", "--split", "test", "--out", dir.toString());
    assertThat(split.exitCode()).isEqualTo(2);
    assertThat(split.err()).contains("unknown split 'test'");
  }
}
