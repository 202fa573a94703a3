package io.ofa4j.preset.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvalTableTest {
  @Test
  void marginFollowsTheMetricDirectionAndPrintsAsATable() {
    EvalTable t = new EvalTable(List.of(new EvalTable.Row("sst2", "accuracy", 0.9, 0.5, true, 100),
        new EvalTable.Row("asr", "wer", 0.4, 0.9, false, 50),
        new EvalTable.Row("caption", "cider", 0.2, 0.9, true, 100)));
    assertThat(t.row("sst2").margin()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(t.row("asr").margin()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(t.row("caption").beats(0)).isFalse();
    assertThat(t.allBeat(0)).isFalse();
    assertThat(t.toString()).contains("| sst2", "accuracy ^", "wer v", "+0.4000", "-0.7000", "0.9000");
    assertThat(new EvalTable.Row("x", "m", 1, Double.NaN, true, 1).beats(0)).isFalse();
  }

  @Test
  void missingValuesPrintAsNotAvailableAndNotesFollowTheTable() {
    EvalTable t = new EvalTable(List.of(new EvalTable.Row("dart", "bleu", 0.3, Double.NaN, true, 7)),
        List.of("data dart: dart_json train.json: 20 train; 1 malformed record skipped"));
    String text = t.toString();
    assertThat(text).contains("|   0.3000 |      n/a |      n/a |     7 |")
        .doesNotContain("NaN").endsWith("1 malformed record skipped" + System.lineSeparator());
  }
}
