package io.ofa4j.preset.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsHistoryTest {
  @TempDir Path tmp;

  @Test
  void readsLossCurvesSkippingNonFiniteStepsAndEvalMetrics() throws Exception {
    Path f = tmp.resolve("metrics.jsonl");
    Files.write(f, List.of(
        "{\"kind\":\"train\",\"step\":1,\"task\":\"a\",\"loss\":2.0,\"non_finite\":false}",
        "{\"kind\":\"train\",\"step\":2,\"task\":\"a\",\"loss\":\"NaN\",\"non_finite\":true}",
        "{\"kind\":\"train\",\"step\":3,\"task\":\"a\",\"loss\":1.5,\"non_finite\":false}",
        "",
        "{\"kind\":\"eval\",\"step\":3,\"task\":\"a\",\"metrics\":{\"loss\":1.4,\"token_accuracy\":0.25}}"));
    MetricsHistory h = MetricsHistory.read(f);
    assertThat(h.trainLoss().get("a")).containsExactly(new Point(1, 2.0), new Point(3, 1.5));
    assertThat(h.evalMetrics().get("a").get("token_accuracy")).containsExactly(new Point(3, 0.25));
    assertThat(FinalRow.of(h, Map.of("a", Map.of("loss", 1.6))))
        .containsExactly(new FinalRow("a", "loss", 1.4, 1.6, 3), new FinalRow("a", "token_accuracy", 0.25, 0.25, 3));
  }

  @Test
  void aMalformedLineNamesFileAndLine() throws Exception {
    Path f = tmp.resolve("metrics.jsonl");
    Files.write(f, List.of("{\"kind\":\"train\",\"step\":1,\"task\":\"a\",\"loss\":2.0}",
        "{\"kind\":\"tran\",\"step\":1,\"task\":\"a\"}"));
    assertThatThrownBy(() -> MetricsHistory.read(f)).hasMessageContaining("metrics.jsonl:2")
        .hasMessageContaining("unknown kind 'tran'");
    Files.write(f, List.of("{\"kind\":\"train\",\"step\":\"x\",\"task\":\"a\",\"loss\":2.0}"));
    assertThatThrownBy(() -> MetricsHistory.read(f)).hasMessageContaining("metrics.jsonl:1: field 'step'");
  }
}
