package io.ofa4j.preset.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

  private final TextTable table = TextTable.of("task", "metric", "value", "baseline")
      .row("caption", "cider", 0.51234, 0.1)
      .row("refcoco", "iou_acc@0.5", 1.0, null);

  @Test
  void textIsAlignedWithNumberColumnsRightAligned() {
    assertThat(table.toString()).isEqualTo("""
        task     metric        value  baseline
        -------  -----------  ------  --------
        caption  cider        0.5123    0.1000
        refcoco  iou_acc@0.5  1.0000         -
        """);
  }

  @Test
  void htmlEscapesCellsAndRightAlignsNumbers() {
    String html = TextTable.of("a<b", "n").row("x & y", 3).toHtml();
    assertThat(html).contains("<th>a&lt;b</th>").contains("<td>x &amp; y</td>")
        .contains("<td style=\"text-align:right\">3</td>");
  }

  @Test
  void cellsFormatNullsFloatsAndNonFinite() {
    assertThat(TextTable.cell(null)).isEqualTo("-");
    assertThat(TextTable.cell(2.0f)).isEqualTo("2.0000");
    assertThat(TextTable.cell(Double.NaN)).isEqualTo("NaN");
    assertThat(TextTable.cell(7L)).isEqualTo("7");
  }

  @Test
  void columnReadsCellsTopToBottom() {
    assertThat(table.column("task")).containsExactly("caption", "refcoco");
    assertThatThrownBy(() -> table.column("bleu"))
        .hasMessageContaining("no column 'bleu'").hasMessageContaining("[task, metric");
  }

  @Test
  void rejectsRaggedRowsNamingTheRow() {
    assertThatThrownBy(() -> new TextTable(List.of("a", "b"), List.of(List.of("1", "2"),
        List.of("3")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 1 has 1 cells, the header [a, b] has 2");
    assertThatThrownBy(() -> TextTable.of()).hasMessageContaining("at least one column");
  }
}
