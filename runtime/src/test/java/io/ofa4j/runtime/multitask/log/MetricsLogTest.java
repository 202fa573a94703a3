package io.ofa4j.runtime.multitask.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsLogTest {
  @TempDir Path tmp;

  @Test
  void writesOneJsonObjectPerLineAndAResumeDropsLinesPastItsStep() throws Exception {
    Path file = tmp.resolve("run/metrics.jsonl");
    try (MetricsLog log = MetricsLog.open(file, 0)) {
      for (int step = 1; step <= 4; step++) {
        log.train(step, "a", 1.0 / step, 10, 1e-3, 500, 0.5, false);
      }
      log.eval(2, "a", Map.of("loss", 0.7));
    }
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).isEqualTo("{\"kind\":\"train\",\"step\":1,\"task\":\"a\",\"loss\":1.0,\"tokens\":10,"
        + "\"lr\":0.001,\"tokens_per_s\":500.0,\"grad_norm\":0.5,\"non_finite\":false}");
    assertThat(lines.get(4)).isEqualTo("{\"kind\":\"eval\",\"step\":2,\"task\":\"a\",\"metrics\":{\"loss\":0.7}}");
    try (MetricsLog log = MetricsLog.open(file, 2)) {
      log.train(3, "a", 9, 1, 0, 0, 0, true);
    }
    lines = Files.readAllLines(file);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(3)).contains("\"step\":3", "\"loss\":9.0", "\"non_finite\":true");
  }

  @Test
  void progressLineShowsStepEtaLossesAndThroughput() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressLine p = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), 100, 0, 0);
    // 25 steps in 50 s -> 75 steps left at 2 s each = 150 s
    p.print(25, Map.of("vqa", 1.5, "caption", 2.25), 812.4, 50_000_000_000L);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("step 25/100 (25%) | eta 0:02:30 | loss caption=2.2500 vqa=1.5000 | 812 tok/s"
            + System.lineSeparator());
  }
}
