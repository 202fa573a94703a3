package io.ofa4j.preset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresetsCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void listsTheShippedPresets() {
    assertThat(run("presets")).isZero();
    assertThat(out.toString()).contains("quickstart", "ofasys", "qwen2-sft", "sst2")
        .containsPattern("quickstart\\s+6\\s+4800\\s+six tasks").doesNotContain("Exception");
  }

  @Test
  void showsOnePresetWithOverrides() {
    assertThat(run("presets", "quickstart", "--set", "trainer.steps=42", "--json")).isZero();
    assertThat(out.toString()).contains("\"steps\": 42").contains("\"name\": \"quickstart\"");
  }

  @Test
  void rendersEveryProblemWithCaretsAndExitsTwo() throws IOException {
    Path p = dir.resolve("bad.yaml");
    Files.writeString(p, "extends: quickstart\nname: bad\ntrainer:\n  stepz: 3\n");
    assertThat(run("presets", p.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("error: unknown key 'stepz' in 'trainer'")
        .contains(" --> " + p + ":4:3").contains("4 |   stepz: 3").contains("  |   ^")
        .contains("= help: did you mean 'steps'?").contains("1 problem(s) in preset");
  }
}
