package io.ofa4j.preset.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.preset.run.EvalTable;
import io.ofa4j.preset.run.InferResult;
import io.ofa4j.preset.run.TrainResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fluent facade: an inline-instruction task on a named generator, trained, evaluated, asked. */
class SessionTest {
  @TempDir Path dir;

  @Test
  void inlineTaskTrainsEvaluatesAndInfers() {
    Session s = Ofa4j.session()
        .task("sentiment", "is the sentiment of text \" [TEXT:sentence] \" positive or negative? -> "
            + "[TEXT:label,closed_set]").synthetic("text_sentiment", 20).microBatch(4)
        .set("model.hidden_size", "32").set("model.intermediate_size", "64").set("model.num_hidden_layers", "1")
        .set("model.num_attention_heads", "2").set("model.num_key_value_heads", "1")
        .set("trainer.warmup_steps", "1").out(dir.resolve("run"));
    assertThatThrownBy(s::evaluate).hasMessageContaining("train() first");
    TrainResult r = s.train(3);
    assertThat(r.steps()).isEqualTo(3);
    assertThat(r.checkpoint()).isDirectory();
    EvalTable t = s.evaluate();
    assertThat(t.row("sentiment").metric()).isEqualTo("accuracy");
    assertThat(t.toString()).contains("| sentiment", "accuracy ^");
    InferResult p = s.infer(Map.of("sentence", "what a great film"));
    assertThat(p.value()).isIn("positive", "negative");
    assertThat(p.json()).containsKey("label");
    assertThat(Ofa4j.open(r.checkpoint()).tasks()).containsExactly("sentiment");
  }

  @Test
  void inlineTaskTrainsOnReaderDataWithAColumnMapping() throws java.io.IOException {
    Path train = dir.resolve("train.tsv");
    StringBuilder tsv = new StringBuilder("sentence\tlabel\n");
    for (int i = 0; i < 10; i++) {
      tsv.append(i % 2 == 0 ? "good fun " : "dull mess ").append(i).append('\t').append(i % 2 == 0 ? 1 : 0)
          .append('\n');
    }
    java.nio.file.Files.writeString(train, tsv);
    Session s = Ofa4j.session()
        .task("mood", "how does \" [TEXT:text] \" feel? -> [TEXT:mood,closed_set]")
        .data("glue_sst2_tsv", train, null, 0, 4).columns(Map.of("sentence", "text", "label", "mood"))
        .microBatch(2)
        .set("model.hidden_size", "32").set("model.intermediate_size", "64").set("model.num_hidden_layers", "1")
        .set("model.num_attention_heads", "2").set("model.num_key_value_heads", "1")
        .set("trainer.warmup_steps", "1").out(dir.resolve("reader-run"));
    TrainResult r = s.train(1);
    EvalTable t = r.table();
    assertThat(t.row("mood").examples()).isEqualTo(4);
    assertThat(t.toString()).contains("data mood: glue_sst2_tsv train.tsv: 6 train + 4 validation held out");
    // SST-2's value map applies to the renamed slot: the answers are words, not 0/1
    assertThat(s.infer(Map.of("text", "good fun")).value()).isIn("positive", "negative");
  }
}
