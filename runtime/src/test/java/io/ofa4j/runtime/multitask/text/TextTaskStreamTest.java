package io.ofa4j.runtime.multitask.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.runtime.multitask.StreamPosition;
import io.ofa4j.runtime.train.TrainBatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextTaskStreamTest {
  private static List<int[]> sequences(int n) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int[] s = new int[2 + i % 5];
      Arrays.fill(s, i + 1); // the id tells which example it is
      out.add(s);
    }
    return out;
  }

  private static TextTaskStream stream() {
    return new TextTaskStream("t", sequences(10), 0, 5, 3, 2);
  }

  @Test
  void anEpochVisitsEveryExampleOnceThenWraps() {
    TextTaskStream s = stream();
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      TrainBatch b = s.next(2);
      for (int[] row : b.inputIds()) {
        seen.add(row[0]);
      }
    }
    assertThat(seen).hasSize(10);
    assertThat(s.position()).isEqualTo(new StreamPosition(0, 10));
    s.next(3);
    assertThat(s.position()).isEqualTo(new StreamPosition(1, 3));
  }

  @Test
  void restoringAPositionReplaysTheSameBatches() {
    TextTaskStream a = stream();
    a.next(4);
    a.next(7);
    StreamPosition saved = a.position();
    List<int[][]> expected = List.of(a.next(3).inputIds(), a.next(5).inputIds());
    TextTaskStream b = stream();
    b.restore(saved);
    assertThat(b.next(3).inputIds()).isDeepEqualTo(expected.get(0));
    assertThat(b.next(5).inputIds()).isDeepEqualTo(expected.get(1));
  }

  @Test
  void rejectsShortSequencesAndBadPositions() {
    assertThatThrownBy(() -> new TextTaskStream("q", List.of(new int[] {1}), 0, 1, 1, 1))
        .hasMessageContaining("sequence 0 of task 'q' has 1 tokens");
    assertThatThrownBy(() -> stream().restore(new StreamPosition(0, 11)))
        .hasMessageContaining("offset 11 exceeds the 10 examples");
  }
}
