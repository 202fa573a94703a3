package io.ofa4j.modality.pipeline.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.modality.pipeline.kit.ExampleState;
import io.ofa4j.runtime.train.TrainBatch;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollatorTest {
  private static EncodedExample example(int n) {
    int[] ids = new int[n];
    int[] labels = new int[n];
    int[] positions = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = 10 + i;
      labels[i] = 10 + i;
      positions[i] = i;
    }
    return new EncodedExample(ids, labels, new float[n], List.of(), positions, null, 0,
        new ExampleState("t#" + n), "t#" + n);
  }

  @Test
  void padsToTheLongestRowRoundedUpToThePadMultiple() {
    MultimodalBatch plain = new Collator(0).collate(List.of(example(5), example(3)));
    MultimodalBatch rounded = new Collator(0, 4).collate(List.of(example(5), example(3)));
    assertThat(plain.tokens().seqLen()).isEqualTo(5);
    assertThat(rounded.tokens().seqLen()).isEqualTo(8);
    int[][] ids = rounded.tokens().inputIds();
    assertThat(ids[0]).containsExactly(10, 11, 12, 13, 14, 0, 0, 0);
    assertThat(rounded.tokens().labels()[1]).containsExactly(10, 11, 12, TrainBatch.IGNORE_INDEX,
        TrainBatch.IGNORE_INDEX, TrainBatch.IGNORE_INDEX, TrainBatch.IGNORE_INDEX,
        TrainBatch.IGNORE_INDEX);
    assertThat(rounded.tokens().attentionMask()[1]).containsExactly(1, 1, 1, 0, 0, 0, 0, 0);
    assertThat(rounded.tokens().positionIds()[0]).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void rejectsANonPositivePadMultiple() {
    assertThatThrownBy(() -> new Collator(0, 0)).hasMessage("padMultiple must be > 0, found 0");
  }
}
