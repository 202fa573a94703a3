package io.ofa4j.preset.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.modality.box.BoundingBox;
import io.ofa4j.preset.report.Box;
import io.ofa4j.preset.run.EvalTable;
import io.ofa4j.preset.run.InferResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsTest {

  @Test
  void evaluationTableHasDirectionMarginAndCount() {
    EvalTable t = new EvalTable(List.of(
        new EvalTable.Row("caption", "cider", 0.25, 0.5, true, 40),
        new EvalTable.Row("asr", "wer", 0.3, 0.9, false, 8)));
    TextTable table = Results.evaluation(t);
    assertThat(table.column("metric")).containsExactly("cider ^", "wer v");
    assertThat(table.column("margin")).containsExactly("-0.2500", "0.6000");
    assertThat(table.column("n")).containsExactly("40", "8");
  }

  @Test
  void boxComesFromABoundingBoxOrFourDoubles() {
    InferResult b = new InferResult("grounding", "region", "BOX", new BoundingBox(1, 2, 30, 40),
        "<bin_1>", false);
    assertThat(Results.box(b)).isEqualTo(new Box(1, 2, 30, 40));
    InferResult d = new InferResult("g", "r", "BOX", new double[] {5, 6, 7, 8}, "", false);
    assertThat(Results.box(d)).isEqualTo(new Box(5, 6, 7, 8));
  }

  @Test
  void boxOfATextResultNamesTaskSlotAndValue() {
    InferResult t = new InferResult("caption", "cap", "TEXT", "a red circle", "a red circle", false);
    assertThatThrownBy(() -> Results.box(t)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("task 'caption' slot 'cap' (TEXT) predicted a red circle, not a box");
  }

  @Test
  void predictionsTableHasOneRowPerInput() {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("sentence", "a fine film");
    List<Map<String, String>> in = List.of(a, Map.of("sentence", "dull"));
    List<InferResult> out = List.of(
        new InferResult("s", "label", "TEXT", "positive", "positive", true),
        new InferResult("s", "label", "TEXT", "negative", "negative", true));
    TextTable t = Results.predictions(in, out);
    assertThat(t.header()).containsExactly("sentence", "predicted label");
    assertThat(t.column("predicted label")).containsExactly("positive", "negative");
    assertThatThrownBy(() -> Results.predictions(in, out.subList(0, 1)))
        .hasMessageContaining("2 inputs and 1 predictions");
    assertThatThrownBy(() -> Results.predictions(List.of(a, Map.of("text", "x")), out))
        .hasMessage("input 1 has slots [text], input 0 has [sentence]");
  }
}
