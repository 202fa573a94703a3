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
  /** One cell trains; the whole notebook is meant to run in under 5 minutes on 2 cores. */
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
  void everyCodeCellRanWithoutErrorOrLibraryChatter() {
    assertThat(nb.cells()).hasSizeGreaterThanOrEqualTo(9);
    for (ExecutedNotebook.Cell c : nb.cells()) {
      assertThat(c.errors()).as("errors of cell %d:%n%s", c.index(), c.source()).isEmpty();
      assertThat(c.executed()).as("cell %d executed", c.index()).isTrue();
      assertThat(c.text()).as("output of cell %d", c.index())
          .doesNotContain("Exception", "|  Error:", "Added differentiated op");
    }
  }

  @Test
  void printsThePlansAndTheCaretUnderTheTypo() {
    assertThat(nb.cell("PlanView.of(\"caption\"").text()).contains("task caption: planned",
        "{cap:TEXT}                              target  loss", "FREE_TEXT {cap}");
    assertThat(nb.cell("PlanView.of(\"grounding\"").text()).contains("task grounding: planned",
        "LOCATION_TOKENS {patch_boxes}");
    assertThat(nb.cell("\"typo\"").text()).contains("task typo: NOT planned",
        "error[UNKNOWN_MODALITY]: unknown modality 'IMGE'", "  |  ^^^^",
        "did you mean 'IMAGE'?");
  }

  @Test
  void showsASyntheticSceneWithItsBoxesAndTheInMemoryRows() {
    ExecutedNotebook.Cell scene = nb.cell("SceneRenderer.render(scene)");
    assertThat(scene.pngs()).isEqualTo(1);
    assertThat(scene.text())
        .containsPattern("image 112x112; \\w+ \\w+ box \\(\\d+, \\d+, \\d+, \\d+\\)");
    assertThat(nb.cell("myRows = List.of(").text()).contains("the concert was superb .");
  }

  @Test
  void trainsWithProgressAndPrintsTheEvaluationTable() {
    assertThat(nb.cell("session.train(").text()).contains("step 300/300", "trained 300 steps");
    assertThat(nb.cell("Results.evaluation(").text()).contains("<td>caption</td><td>cider ^</td>",
        "<td>grounding</td><td>iou_accuracy ^</td>", "<td>sentiment</td><td>accuracy ^</td>",
        "report with loss curves");
  }

  @Test
  void answersAboutAFreshImageWithTheBoxDrawn() {
    ExecutedNotebook.Cell c = nb.cell("session.infer(\"grounding\"");
    assertThat(c.text()).contains("caption -> cap (TEXT):",
        "<figure><img src=\"data:image/png;base64,iVBOR", "<figcaption>predicted caption:")
        .containsPattern("grounding -> patch_boxes \\(BOX\\): \\[\\d+, \\d+, \\d+, \\d+\\]")
        .containsPattern("predicted box \\(\\d+, \\d+, \\d+, \\d+\\)");
    ExecutedNotebook.Cell rows = nb.cell("session.infer(\"sentiment\"");
    assertThat(rows.text()).containsPattern("the book was boring \\. +(positive|negative)");
  }
}
