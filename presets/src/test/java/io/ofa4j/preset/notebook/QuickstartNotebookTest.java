package io.ofa4j.preset.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * Executes {@code examples/quickstart.ipynb} headless on the ofa4j Jupyter kernel (rapaio Java
 * kernel with this build's classpath) and checks what its cells printed. Installs Jupyter and
 * the kernel when missing. Run with {@code mvn -Pnotebook -pl presets -am test}.
 */
@Tag("notebook")
@TestInstance(Lifecycle.PER_CLASS)
class QuickstartNotebookTest {
  /** One cell may train; the whole notebook is meant to run in under 5 minutes on 2 cores. */
  private static final int CELL_TIMEOUT_S = 300;
  private static final int TOTAL_TIMEOUT_S = 600;

  private ExecutedNotebook nb;

  @BeforeAll
  void execute() throws Exception {
    Path root = Examples.root();
    Path target = root.resolve("presets/target/notebook");
    Jupyter jupyter = Jupyter.setUp(root, target.resolve("jupyter"), Examples.classpath());
    nb = jupyter.execute(root.resolve("examples/quickstart.ipynb"), target, CELL_TIMEOUT_S,
        TOTAL_TIMEOUT_S);
  }

  @Test
  void everyCodeCellRanWithoutError() {
    assertThat(nb.cells()).isNotEmpty();
    for (ExecutedNotebook.Cell c : nb.cells()) {
      assertThat(c.errors()).as("errors of cell %d:\n%s", c.index(), c.source()).isEmpty();
      assertThat(c.executed()).as("cell %d executed", c.index()).isTrue();
      assertThat(c.text()).as("output of cell %d", c.index())
          .doesNotContain("Exception", "|  Error:");
    }
  }

  @Test
  void printsThePlansAndTheCaretUnderTheTypo() {
    assertThat(nb.cell("PlanView.of(\"caption\"").text()).contains("task caption: planned",
        "{cap:TEXT}                              target  loss", "FREE_TEXT {cap}");
    assertThat(nb.cell("\"typo\"").text()).contains("task typo: NOT planned",
        "error[UNKNOWN_MODALITY]: unknown modality 'IMGE'", "  |  ^^^^",
        "did you mean 'IMAGE'?");
  }

  @Test
  void showsTheSyntheticSceneWithItsBoxes() {
    ExecutedNotebook.Cell c = nb.cell("SceneRenderer.render");
    assertThat(c.pngs()).isEqualTo(1);
    assertThat(c.text()).containsPattern("image 96x96; \\w+ \\w+ box \\(\\d+, \\d+, \\d+, \\d+\\)");
  }
}
