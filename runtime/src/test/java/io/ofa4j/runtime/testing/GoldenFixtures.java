package io.ofa4j.runtime.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared folder for this module's tests: the system property {@code ofa4j.shared}
 * (set by surefire), else {@code ../shared} or {@code ../../shared}. Tests that need a fixture
 * are skipped, with the reason, when it is absent.
 */
public final class GoldenFixtures {
  private GoldenFixtures() {}

  /** The shared folder (it may not exist; callers check the file they need). */
  public static Path shared() {
    String prop = System.getProperty("ofa4j.shared");
    if (prop != null && Files.isDirectory(Path.of(prop))) {
      return Path.of(prop);
    }
    for (String candidate : new String[] {"../shared", "../../shared"}) {
      if (Files.isDirectory(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    return Path.of(prop != null ? prop : "../shared");
  }

  /** {@code shared/golden/<name>}, or a skipped test when {@code requiredFile} is not in it. */
  public static Path golden(String name, String requiredFile) {
    Path dir = shared().resolve("golden").resolve(name);
    assumeTrue(Files.exists(dir.resolve(requiredFile)),
        "golden fixture " + dir.resolve(requiredFile).toAbsolutePath()
            + " not found (set -Dofa4j.shared to the shared folder)");
    return dir;
  }

  /** The qwen2-tiny fixture directory (checkpoint, tokenizer and references). */
  public static Path qwen2Tiny() {
    Path dir = golden("qwen2-tiny", "model.safetensors");
    assumeTrue(Files.isRegularFile(dir.resolve("tokenizer.json")),
        "qwen2-tiny tokenizer.json not found under " + dir.toAbsolutePath());
    return dir;
  }
}
