package io.ofa4j.preset.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/quickstart.jsh} with the JDK's {@code jshell} on this build's classpath
 * and checks its printout: the same story as the notebook, as plain text. The default suite runs
 * it as a smoke test (2 steps on 10 examples a task, snippets executed inside the jshell JVM to
 * save a second JVM start); the {@code notebook} profile runs it as written (300 steps) the way
 * {@code examples/README.md} shows.
 */
class QuickstartJshellTest {

  @Test
  void smokeRunPrintsEachStep() throws Exception {
    String out = run(true, Map.of("quickstart.steps", "2", "quickstart.examples", "10"));
    assertStory(out);
    assertThat(out).contains("trained 2 steps");
  }

  @Test
  @Tag("notebook")
  void fullRunPrintsEachStep() throws Exception {
    String out = run(false, Map.of());
    assertStory(out);
    assertThat(out).contains("step 300/300", "trained 300 steps");
  }

  private static void assertStory(String out) {
    // jshell reports a failed snippet in the output and still exits 0
    assertThat(out).doesNotContain("Error:", "Exception java.", "cannot find symbol",
        "Added differentiated op");
    assertThat(out).contains("task caption: planned", "task grounding: planned",
        "task typo: NOT planned", "  |  ^^^^", "did you mean 'IMAGE'?")
        .containsPattern("image 112x112; \\w+ \\w+ box \\(\\d+, \\d+, \\d+, \\d+\\)");
    assertThat(out).containsPattern("caption +cider \\^ +\\d\\.\\d{4} +\\d\\.\\d{4}")
        .containsPattern("grounding +iou_accuracy \\^ ")
        .containsPattern("sentiment +accuracy \\^ ");
    assertThat(out).contains("caption -> cap (TEXT):")
        .containsPattern("grounding -> patch_boxes \\(BOX\\): \\[\\d+, \\d+, \\d+, \\d+\\]")
        .containsPattern("predicted box \\(\\d+, \\d+, \\d+, \\d+\\); caption: predicted caption:")
        .containsPattern("drawn: .*fresh-answer\\.png");
    for (String s : List.of("the concert was superb \\.", "the phone was not awful \\.",
        "the book was boring \\.")) {
      assertThat(out).containsPattern(s + " +(positive|negative)\\n");
    }
    assertThat(out).contains("quickstart done");
  }

  /**
   * @param local run the snippets in jshell's own JVM ({@code --execution local}, {@code -J}
   *     options), else in the usual remote JVM ({@code -R} options)
   * @param properties system properties for the script
   */
  private static String run(boolean local, Map<String, String> properties) throws Exception {
    Path root = Examples.root();
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    Path script = root.resolve("examples/quickstart.jsh");
    assertThat(script).isRegularFile();
    String cp = Examples.classpath();
    String vm = local ? "-J" : "-R";
    List<String> command = new ArrayList<>(List.of(jshell.toString(), "--class-path", cp,
        "--add-modules", "jdk.incubator.vector"));
    if (local) {
      // the local loader does not see --class-path, and jshell's module graph lacks java.sql
      command.addAll(List.of("--execution", "local", "-J--class-path=" + cp,
          "-J--add-modules=ALL-DEFAULT,jdk.incubator.vector"));
    } else {
      command.add("-R--add-modules=jdk.incubator.vector");
    }
    command.add(vm + "-Xss8m");
    command.add(vm + "-Dorg.bytedeco.javacpp.cachedir=" + System.getProperty(
        "org.bytedeco.javacpp.cachedir", System.getProperty("user.home") + "/.javacpp/cache"));
    properties.forEach((k, v) -> command.add(vm + "-D" + k + "=" + v));
    command.add(script.toString());
    Processes.Result r = Processes.run(command, root.resolve("examples"),
        Map.of("OPT_OUT_TRACKING", "true", "OMP_WAIT_POLICY", "PASSIVE"), 600);
    Path log = root.resolve("presets/target/notebook/quickstart"
        + (properties.isEmpty() ? "" : "-smoke") + ".jsh.log");
    Files.createDirectories(log.getParent());
    Files.writeString(log, r.output());
    assertThat(r.exit()).as("jshell exit; output:\n%s", Jupyter.tail(r.output())).isZero();
    return r.output();
  }
}
