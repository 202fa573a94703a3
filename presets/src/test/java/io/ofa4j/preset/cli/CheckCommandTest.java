package io.ofa4j.preset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  @TempDir Path dir;

  private Path file(String content) throws IOException {
    Path f = dir.resolve("tasks.txt");
    Files.writeString(f, content);
    return f;
  }

  @Test
  void acceptsAValidFileSkippingCommentsAndBlankLines() throws IOException {
    Path f = file("# OFASys tasks\n\n[IMAGE:img] what does the image describe? -> [TEXT:cap]\n"
        + "  # indented comment\n[TEXT:src] -> [TEXT:tgt]\n");
    CliRun r = CliRun.run("check", f.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(f + ": 2 instruction(s), all valid\n");
  }

  @Test
  void reportsEveryProblemOfEveryLineAtFilePositions() throws IOException {
    Path f = file("# header\n[IMGE:img] -> [TEXT:cap]\n[TEXT:a] -> [TEXT:b]\n"
        + "[TEXT:src,max_length=abc] -> [PHONE:p]\n");
    CliRun r = CliRun.run("check", f.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEqualTo(f + ":2:2: error[UNKNOWN_MODALITY]: unknown modality 'IMGE'\n"
        + "    = help: did you mean 'IMAGE'?\n"
        + f + ":4:22: error[INVALID_ATTRIBUTE_VALUE]: attribute 'max_length' of slot 'src' "
        + "expects an integer, found 'abc'\n"
        + f + ":4:30: error[TARGET_NOT_GENERATABLE]: slot 'p' cannot be a target: PHONE cannot "
        + "be generated: it is an input modality\n"
        + "    = help: for speech recognition write [TEXT:text,preprocess=text_phone]\n"
        + f + ": 2 of 3 instruction(s) have errors\n");
  }

  @Test
  void printsOneJsonObjectPerInstructionLine() throws IOException {
    Path f = file("[IMGE:img] -> [TEXT:cap]\n# skip\n[TEXT:a] -> [TEXT:b]\n");
    CliRun r = CliRun.run("check", f.toString(), "--json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out().lines().toList()).containsExactly(
        "{\"file\":\"" + f + "\",\"line\":1,\"ok\":false,\"codes\":[\"UNKNOWN_MODALITY\"],"
            + "\"diagnostics\":[{\"code\":\"UNKNOWN_MODALITY\",\"severity\":\"error\",\"line\":1,"
            + "\"column\":2,\"length\":4,\"message\":\"unknown modality 'IMGE'\","
            + "\"help\":\"did you mean 'IMAGE'?\"}]}",
        "{\"file\":\"" + f + "\",\"line\":3,\"ok\":true,\"codes\":[],\"diagnostics\":[]}");
  }

  @Test
  void missingFileIsInvalidInput() {
    CliRun r = CliRun.run("check", dir.resolve("nope.txt").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("instruction file not found");
  }
}
