package io.ofa4j.preset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanCommandTest {

  private static final String CAPTION = "[IMAGE:img] what does the image describe? -> [TEXT:cap]";

  @Test
  void printsThePlan() {
    CliRun r = CliRun.run("plan", CAPTION);
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("instruction: " + CAPTION + "\n")
        .contains("template 1 of 1: layout chat, positions MROPE",
            "  FREE_TEXT {cap} (max_length=1024)", "loss: {cap:TEXT}, <|im_end|>");
  }

  @Test
  void printsJsonWithPlainLayout() {
    CliRun r = CliRun.run("plan", CAPTION, "--json", "--layout", "plain");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("{\n  \"instruction\": ")
        .contains("\"layout\": \"plain\"", "\"token\": \"<|endoftext|>\"", "\"kind\": \"FREE_TEXT\"");
  }

  @Test
  void selectsOneTemplate() {
    CliRun r = CliRun.run("plan", "[TEXT:a] x -> [TEXT:b] ||| [TEXT:a] y -> [TEXT:b]",
        "--template", "2");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("template 2 of 2", "\"y\"").doesNotContain("\"x\"");
    CliRun json = CliRun.run("plan", "[TEXT:a] x -> [TEXT:b] ||| [TEXT:a] y -> [TEXT:b]",
        "--template", "2", "--json");
    assertThat(json.out()).contains("\"template\": 2").doesNotContain("\"template\": 1");
  }

  @Test
  void rendersDiagnosticsOnStderrWithExitCode2() {
    CliRun r = CliRun.run("plan", "[IMGE:img] what does the image describe? -> [TEXT:cap]");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("""
        error[UNKNOWN_MODALITY]: unknown modality 'IMGE'
         --> instruction 1:2
          |
        1 | [IMGE:img] what does the image describe? -> [TEXT:cap]
          |  ^^^^
          = help: did you mean 'IMAGE'?
        """);
  }

  @Test
  void reportsEveryProblem() {
    CliRun r = CliRun.run("plan", "[IMGE:img] [TEXT:q,max_length=abc] -> [PHONE:p]");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("error[UNKNOWN_MODALITY]", "error[INVALID_ATTRIBUTE_VALUE]",
        "error[TARGET_NOT_GENERATABLE]");
  }

  @Test
  void rejectsUnknownLayoutAndTemplate() {
    assertThat(CliRun.run("plan", CAPTION, "--layout", "fancy").exitCode()).isEqualTo(2);
    CliRun r = CliRun.run("plan", CAPTION, "--template", "3");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("template 3 does not exist; the instruction has 1 template(s)");
  }
}
