package io.ofa4j.preset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shortened {@code ofa4j quickstart}: all six tasks train, are evaluated and answer a fresh example. */
@Tag("slow")
class QuickstartEndToEndTest {
  @TempDir Path dir;

  @Test
  void shortQuickstartPrintsTheTableAndOneAnswerPerTask() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = {"quickstart", "--out", dir.resolve("qs").toString(), "--set", "trainer.steps=12",
        "--set", "trainer.eval_every=0", "--set", "trainer.checkpoint_every=0",
        "--set", "tasks.0.data.validation=4", "--set", "tasks.1.data.validation=4",
        "--set", "tasks.2.data.validation=4", "--set", "tasks.3.data.validation=4",
        "--set", "tasks.4.data.validation=4", "--set", "tasks.5.data.validation=4"};
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    String text = out.toString();
    assertThat(text).contains("evaluation after 12 steps", "| sst2", "| caption", "| vqa", "| refcoco", "| asr",
        "| dart", "tasks beat their trivial baseline", "predictions of fresh examples", "wall time");
    for (String task : new String[] {"sst2", "caption", "vqa", "refcoco", "asr", "dart"}) {
      assertThat(text).containsPattern("(?m)^" + task + "\\s+\\{");
    }
    assertThat(text).contains("\"box\":[");
  }
}
