package io.ofa4j.preset.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/quickstart.jsh} with the JDK's {@code jshell} on this build's classpath
 * and checks its printout: the same story as the notebook, as plain text.
 */
class QuickstartJshellTest {

  @Test
  void scriptRunsAndPrintsEachStep() throws Exception {
    Path root = Examples.root();
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    Path script = root.resolve("examples/quickstart.jsh");
    assertThat(script).isRegularFile();
    Processes.Result r = Processes.run(List.of(jshell.toString(), "--class-path",
        Examples.classpath(), "-R--add-modules=jdk.incubator.vector",
        "--add-modules", "jdk.incubator.vector", "-R-Xss8m",
        "-R-Dorg.bytedeco.javacpp.cachedir=" + System.getProperty("org.bytedeco.javacpp.cachedir",
            System.getProperty("user.home") + "/.javacpp/cache"),
        script.toString()), root.resolve("examples"),
        Map.of("OPT_OUT_TRACKING", "true", "OMP_WAIT_POLICY", "PASSIVE"), 300);
    Files.createDirectories(root.resolve("presets/target/notebook"));
    Files.writeString(root.resolve("presets/target/notebook/quickstart.jsh.log"), r.output());
    assertThat(r.exit()).as("jshell exit; output:\n%s", Jupyter.tail(r.output())).isZero();
    String out = r.output();
    assertThat(out).doesNotContain("|  Error:", "|  Exception", "cannot find symbol");
    assertThat(out).contains("task caption: planned", "task typo: NOT planned", "  |  ^^^^",
        "did you mean 'IMAGE'?").containsPattern("image 96x96; \\w+ \\w+ box");
    assertThat(out).contains("quickstart done");
  }
}
