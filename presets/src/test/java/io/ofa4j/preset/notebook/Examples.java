package io.ofa4j.preset.notebook;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's {@code examples/} folder and the test JVM's classpath are. */
final class Examples {
  private Examples() {}

  /**
   * The repository root: the parent of the module directory surefire runs in (or the directory
   * itself when run from the root), identified by {@code examples/quickstart.ipynb}.
   */
  static Path root() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("examples/quickstart.ipynb"))) {
        return p;
      }
    }
    assumeTrue(false, "no examples/quickstart.ipynb above " + here);
    return null;
  }

  /**
   * The classpath of this test JVM as ':'-separated entries: surefire's real test classpath
   * (its JVM itself starts from a manifest-only jar), else {@code java.class.path}. It holds
   * every module's classes and the runtime dependencies the examples need.
   */
  static String classpath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
  }
}
