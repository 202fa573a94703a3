package io.ofa4j.runtime.model;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code shared/golden/qwen2-tiny}, skipping the test when the shared folder is absent. */
final class GoldenFixtures {
  private GoldenFixtures() {}

  /** The qwen2-tiny fixture directory. */
  static Path qwen2Tiny() {
    Path dir = shared().resolve("golden").resolve("qwen2-tiny");
    assumeTrue(Files.isRegularFile(dir.resolve("model.safetensors")),
        "qwen2-tiny golden fixtures not found under " + dir);
    return dir;
  }

  private static Path shared() {
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
}
