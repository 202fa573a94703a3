package io.ofa4j.preset.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared golden qwen2-tiny directory (skipped with the reason when absent) and a CLI runner. */
final class GoldenModelDir {
  private GoldenModelDir() {}

  static Path qwen2Tiny() {
    String property = System.getProperty("ofa4j.shared");
    Path shared = property != null ? Path.of(property)
        : Files.isDirectory(Path.of("../shared")) ? Path.of("../shared") : Path.of("../../shared");
    Path dir = shared.resolve("golden/qwen2-tiny");
    assumeTrue(Files.isRegularFile(dir.resolve("tokenizer.json")),
        "golden fixtures not found at " + dir.toAbsolutePath() + " (set -Dofa4j.shared)");
    return dir;
  }

  /** Output of one {@code Main.run}. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }
}
