package io.ofa4j.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.runtime.weights.ParameterStore;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Sessions, reorder, embeddings input and the bad-input messages, on a small random model. */
class Qwen2SessionTest {
  private static final Qwen2Config CONFIG = Qwen2Config.tiny(80, 32, 64, 2, 4, 2, false);
  private static ParameterStore store;
  private static Qwen2Model model;

  @BeforeAll
  static void setUp() {
    store = Qwen2CheckpointTest.randomWeights(CONFIG, 42);
    model = new Qwen2Model(CONFIG, store, 2);
  }

  @AfterAll
  static void tearDown() {
    model.close();
  }

  @Test
  void reorderDuplicatesRowsAndDecodingContinuesEachCopy() {
    try (Qwen2Session s = model.startSession(2, 16); Qwen2Session ref = model.startSession(1, 16)) {
      s.append(new int[][] {{1, 2, 3}, {4, 5}});
      s.reorder(new int[] {1, 1, 0});
      assertThat(s.batch()).isEqualTo(3);
      assertThat(s.length(0)).isEqualTo(2);
      assertThat(s.length(2)).isEqualTo(3);
      float[][] next = s.append(new int[][] {{7}, {8}, {9}});
      ref.append(new int[][] {{4, 5, 8}});
      float[] want = ref.append(new int[][] {{}})[0];
      assertThat(next[1]).containsExactly(want);
      // a row given no tokens returns its previous logits
      float[][] again = s.append(new int[][] {{}, {}, {}});
      assertThat(again[1]).containsExactly(want);
    }
  }

  @Test
  void batchedDecodeEqualsSingleRowDecodeBitForBit() {
    try (Qwen2Session both = model.startSession(2, 8); Qwen2Session one = model.startSession(1, 8)) {
      float[][] b = both.append(new int[][] {{1, 2, 3, 4, 5}, {6}});
      float[][] a = one.append(new int[][] {{6}});
      assertThat(b[1]).containsExactly(a[0]);
    }
  }

  @Test
  void embeddingsInputEqualsIdsInput() {
    int[][] ids = {{3, 1, 4, 1, 5}};
    INDArray table = store.get(Qwen2WeightNames.EMBED_TOKENS);
    INDArray embeds = Nd4j.create(DataType.FLOAT, 1, 5, CONFIG.hiddenSize());
    for (int t = 0; t < 5; t++) {
      embeds.get(org.nd4j.linalg.indexing.NDArrayIndex.point(0),
          org.nd4j.linalg.indexing.NDArrayIndex.point(t)).assign(table.getRow(ids[0][t]));
    }
    INDArray a = model.forward(Qwen2Input.ofIds(ids, null)).logits();
    INDArray b = model.forward(Qwen2Input.ofEmbeds(embeds, null)).logits();
    assertThat(b).isEqualTo(a);
  }

  @Test
  void explicitPositionsShiftRope() {
    int[][] ids = {{3, 1, 4}};
    INDArray base = model.forward(Qwen2Input.ofIds(ids, null)).logits();
    INDArray same = model.forward(new Qwen2Input(ids, null, null, new int[][] {{0, 1, 2}})).logits();
    INDArray shifted = model.forward(new Qwen2Input(ids, null, null, new int[][] {{5, 6, 7}})).logits();
    assertThat(same).isEqualTo(base);
    // RoPE is relative: shifting every position changes logits only by rounding
    assertThat(shifted.sub(base).amaxNumber().doubleValue()).isLessThan(1e-4);
    INDArray scrambled = model.forward(new Qwen2Input(ids, null, null, new int[][] {{0, 7, 2}})).logits();
    assertThat(scrambled.sub(base).amaxNumber().doubleValue()).isGreaterThan(1e-4);
  }

  @Test
  void updatesToTheSharedWeightsAreSeen() {
    int[][] ids = {{2, 3}};
    INDArray before = model.forward(Qwen2Input.ofIds(ids, null)).logits();
    INDArray norm = store.get(Qwen2WeightNames.NORM);
    norm.muli(2.0); // in place, as the optimizer updates
    try {
      INDArray after = model.forward(Qwen2Input.ofIds(ids, null)).logits();
      assertThat(after.sub(before.mul(2.0)).amaxNumber().doubleValue()).isLessThan(1e-5);
    } finally {
      norm.divi(2.0);
    }
  }

  @Test
  void badInputsAreNamed() {
    try (Qwen2Session s = model.startSession(1, 4)) {
      assertThatThrownBy(() -> s.append(new int[][] {{80}}))
          .hasMessage("tokens[0][0] (80) is not a token id in [0, 80)");
      assertThatThrownBy(() -> s.append(new int[][] {{1, 2, 3, 4, 5}}))
          .hasMessageContaining("row 0: 0 cached + 5 new tokens exceed maxLength 4");
      assertThatThrownBy(() -> s.append(new int[][] {{1}, {2}}))
          .hasMessageContaining("tokens has 2 rows, session has 1");
      assertThatThrownBy(() -> s.reorder(new int[] {3}))
          .hasMessageContaining("rows[0] (3)");
    }
    assertThatThrownBy(() -> model.forward(Qwen2Input.ofIds(new int[][] {{1, 2}}, new int[][] {{1, 2}})))
        .hasMessageContaining("attentionMask[0][1] (2)");
    Qwen2Config yarn = new Qwen2Config(80, 32, 64, 2, 4, 2, 0, "silu", 512, 1e-6, 1e6,
        Map.of("type", "yarn", "factor", 4.0), false, -1, java.util.List.of(), false, 0, 2, "float32");
    assertThatThrownBy(() -> new Qwen2Model(yarn, store))
        .hasMessageContaining("rope_scaling type ('yarn') is not supported");
  }
}
