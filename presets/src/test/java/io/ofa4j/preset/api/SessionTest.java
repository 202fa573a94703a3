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
}
