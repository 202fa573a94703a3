package io.ofa4j.modality.pipeline.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** Grouping of a micro-batch's spans for one adapter run: by key, in order, under a row limit. */
class SpanGroupsTest {

  private static SpanFeatures span(int rows) {
    return new SpanFeatures("a", Nd4j.zeros(DataType.FLOAT, rows, 2), rows, null);
  }

  @Test
  void equalKeysGroupInOrderOfFirstAppearance() {
    List<SpanFeatures> spans = List.of(span(3), span(5), span(3), span(4), span(5));
    List<List<Integer>> groups = SpanGroups.of(spans, f -> "T" + f.values().size(0), Long.MAX_VALUE);
    assertThat(groups).containsExactly(List.of(0, 2), List.of(1, 4), List.of(3));
  }

  @Test
  void nullKeysRunAloneAndTheRowLimitStartsNewGroups() {
    List<SpanFeatures> spans = List.of(span(4), span(4), span(4), span(9), span(1));
    assertThat(SpanGroups.of(spans, f -> null, 100)).containsExactly(
        List.of(0), List.of(1), List.of(2), List.of(3), List.of(4));
    // limit 8 rows: 4+4 fill a group; the 9-row span exceeds it and stands alone
    assertThat(SpanGroups.of(spans, f -> "", 8)).containsExactly(
        List.of(0, 1), List.of(2), List.of(3), List.of(4));
  }
}
