package io.ofa4j.preset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path run;

  @Test
  void buildsTheReportOfARunDirectory() throws Exception {
    Files.write(run.resolve("metrics.jsonl"), List.of(
        "{\"kind\":\"train\",\"step\":1,\"task\":\"a\",\"loss\":2.0}",
        "{\"kind\":\"eval\",\"step\":1,\"task\":\"a\",\"metrics\":{\"loss\":1.9}}"));
    StringWriter out = new StringWriter();
    int code = Main.run(new String[] {"report", run.toString(), "--title", "demo"},
        new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    Path index = run.resolve("report/index.html");
    assertThat(out.toString().strip()).isEqualTo(index.toString());
    assertThat(Files.readString(index)).contains("<title>demo</title>", "<td>a</td><td>loss</td>");
  }

  @Test
  void aDirectoryWithoutMetricsIsInvalidInput() {
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"report", run.resolve("none").toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).isEqualTo(Main.EXIT_INVALID_INPUT);
    assertThat(err.toString()).contains("no metrics.jsonl");
  }
}
