package io.ofa4j.preset.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed examples without running them: the notebook is saved with outputs cleared and
 * names the ofa4j kernel, and the JShell script defines the same tasks with the same settings.
 */
class QuickstartFilesTest {
  /** String literals holding a one-line instruction. */
  private static final Pattern INSTRUCTION = Pattern.compile(
      "\"(?:[^\"\\\\\\n]|\\\\.)* -> (?:[^\"\\\\\\n]|\\\\.)*\"");
  /** Preset overrides {@code set("key", "value")}. */
  private static final Pattern OVERRIDE = Pattern.compile("set\\(\"[^\"]+\", \"[^\"]+\"\\)");

  private final Path root = Examples.root();

  @Test
  void notebookIsCommittedWithoutOutputsForTheOfa4jKernel() throws Exception {
    JsonNode nb = JsonMapper.builder().build().readTree(
        root.resolve("examples/quickstart.ipynb").toFile());
    assertThat(nb.get("nbformat").asInt()).isEqualTo(4);
    assertThat(nb.get("metadata").get("kernelspec").get("name").asString())
        .isEqualTo(Jupyter.KERNEL);
    int code = 0;
    for (JsonNode c : nb.get("cells")) {
      if (c.get("cell_type").asString().equals("code")) {
        code++;
        assertThat(c.get("outputs").size()).as("outputs of %s", c.get("id")).isZero();
        assertThat(c.get("execution_count").isNull()).as("count of %s", c.get("id")).isTrue();
      }
    }
    assertThat(code).isGreaterThanOrEqualTo(9);
  }

  @Test
  void scriptDefinesTheNotebooksTasksAndSettings() throws Exception {
    String notebook = codeOf(root.resolve("examples/quickstart.ipynb"));
    String script = Files.readString(root.resolve("examples/quickstart.jsh"));
    assertThat(all(INSTRUCTION, script)).hasSize(4)
        .containsExactlyElementsOf(all(INSTRUCTION, notebook));
    assertThat(all(OVERRIDE, script)).hasSizeGreaterThanOrEqualTo(8)
        .containsExactlyElementsOf(all(OVERRIDE, notebook));
    assertThat(notebook).contains("session.train(300)");
    assertThat(script).contains("Integer.getInteger(\"quickstart.steps\", 300)",
        "Integer.getInteger(\"quickstart.examples\", 200)");
  }

  private static String codeOf(Path ipynb) throws Exception {
    StringBuilder out = new StringBuilder();
    for (JsonNode c : JsonMapper.builder().build().readTree(ipynb.toFile()).get("cells")) {
      if (c.get("cell_type").asString().equals("code")) {
        c.get("source").forEach(line -> out.append(line.asString()));
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static List<String> all(Pattern p, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
