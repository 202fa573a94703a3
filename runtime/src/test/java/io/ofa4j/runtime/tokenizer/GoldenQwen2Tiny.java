package io.ofa4j.runtime.tokenizer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared golden {@code qwen2-tiny} model directory: system property
 * {@code ofa4j.shared} (set by surefire), else {@code ../shared} or {@code ../../shared}. Tests
 * that need it are skipped, with the reason, when it is absent.
 */
public final class GoldenQwen2Tiny {
  private GoldenQwen2Tiny() {}

  /** The model directory, or a skipped test. */
  public static Path dir() {
    Path dir = shared().resolve("golden/qwen2-tiny");
    assumeTrue(Files.isRegularFile(dir.resolve("tokenizer.json")),
        "golden fixtures not found at " + dir.toAbsolutePath()
            + " (set -Dofa4j.shared to the shared folder)");
    return dir;
  }

  private static Path shared() {
    String property = System.getProperty("ofa4j.shared");
    if (property != null && Files.isDirectory(Path.of(property))) {
      return Path.of(property);
    }
    Path up = Path.of("../shared");
    return Files.isDirectory(up) ? up : Path.of("../../shared");
  }
}
