package io.ofa4j.preset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TasksCommandTest {

  @Test
  void listsTheCatalogWithModalitiesFormatsMetricsAndSyntheticData() {
    CliRun r = CliRun.run("tasks");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines()).hasSize(31);
    assertThat(r.out()).containsPattern("caption +IMAGE -> TEXT +coco_karpathy_json +cider,coco_bleu_4 "
        + "+scene_caption \\(2000/100\\) +trainable");
    assertThat(r.out()).containsPattern("tts +PHONE -> AUDIO .* planned only");
    assertThat(r.out()).containsPattern("detection +IMAGE -> BOX\\+TEXT");
  }

  @Test
  void jsonHasEveryTask() {
    CliRun r = CliRun.run("tasks", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode tasks = JsonMapper.builder().build().readTree(r.out());
    assertThat(tasks.size()).isEqualTo(30);
    JsonNode asr = null;
    for (JsonNode t : tasks) {
      if (t.path("name").asString().equals("asr")) {
        asr = t;
      }
    }
    assertThat(asr).isNotNull();
    assertThat(asr.path("inputs").asString()).isEqualTo("AUDIO");
    assertThat(asr.path("synthetic").path("generator").asString()).isEqualTo("speech_asr");
    assertThat(asr.path("synthetic").path("train").asInt()).isEqualTo(800);
    assertThat(asr.path("status").asString()).isEqualTo("trainable");
  }
}
