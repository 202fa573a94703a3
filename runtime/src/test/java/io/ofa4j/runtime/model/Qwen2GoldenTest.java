package io.ofa4j.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.runtime.testing.GoldenFixtures;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The eager Qwen2 against {@code shared/golden/qwen2-tiny} (llama.cpp f32 logits, agreeing with
 * a float64 PyTorch run to 1.3e-7): all 98 positions within 1e-5, batched and through the cache.
 */
class Qwen2GoldenTest {
  private static final double TOL = 1e-5;
  private static Path dir;
  private static Qwen2Model model;
  private static List<int[]> sequences;
  private static List<Integer> offsets;
  private static float[] expected; // [98, vocab]
  private static int vocab;

  @BeforeAll
  static void load() throws IOException {
    dir = GoldenFixtures.qwen2Tiny();
    Qwen2Checkpoint ckpt = Qwen2Checkpoint.load(dir);
    model = new Qwen2Model(ckpt.config(), ckpt.parameters());
    JsonNode meta = JsonMapper.builder().build().readTree(Files.readString(dir.resolve("logits.json")));
    vocab = meta.get("vocab_size").intValue();
    sequences = new ArrayList<>();
    offsets = new ArrayList<>();
    for (JsonNode s : meta.get("sequences")) {
      sequences.add(ints(s.get("ids")));
      offsets.add(s.get("row_offset").intValue());
    }
    ByteBuffer bin = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("logits.bin")))
        .order(ByteOrder.LITTLE_ENDIAN);
    expected = new float[bin.remaining() / 4];
    bin.asFloatBuffer().get(expected);
    assertThat(expected.length).isEqualTo(meta.get("total_rows").intValue() * vocab);
  }

  @AfterAll
  static void close() {
    if (model != null) {
      model.close();
    }
  }

  static int[] ints(JsonNode array) {
    int[] out = new int[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).intValue();
    }
    return out;
  }

  /** Max |actual - expected| over one sequence position. */
  private static double diff(float[] actual, int actualOff, int goldenRow) {
    double max = 0;
    for (int v = 0; v < vocab; v++) {
      max = Math.max(max, Math.abs(actual[actualOff + v] - expected[goldenRow * vocab + v]));
    }
    return max;
  }

  @Test
  void batchedForwardMatchesAllPositionsWithRightAndLeftPadding() {
    for (boolean left : new boolean[] {false, true}) {
      int b = sequences.size();
      int t = sequences.stream().mapToInt(s -> s.length).max().orElseThrow();
      int[][] ids = new int[b][t];
      int[][] mask = new int[b][t];
      for (int r = 0; r < b; r++) {
        int[] s = sequences.get(r);
        int pad = left ? t - s.length : 0;
        for (int i = 0; i < s.length; i++) {
          ids[r][pad + i] = s[i];
          mask[r][pad + i] = 1;
        }
      }
      INDArray logits = model.forward(Qwen2Input.ofIds(ids, mask)).logits(); // [B, T, V]
      float[] flat = logits.data().asFloat();
      double worst = 0;
      int rowsChecked = 0;
      for (int r = 0; r < b; r++) {
        int[] s = sequences.get(r);
        int pad = left ? t - s.length : 0;
        for (int i = 0; i < s.length; i++) {
          worst = Math.max(worst, diff(flat, (r * t + pad + i) * vocab, offsets.get(r) + i));
          rowsChecked++;
        }
      }
      assertThat(rowsChecked).isEqualTo(98);
      assertThat(worst).as("max abs logit diff, left padding %s", left).isLessThan(TOL);
    }
  }

  @Test
  void tokenByTokenThroughTheKvCacheMatches() {
    double worst = 0;
    for (int r = 0; r < sequences.size(); r++) {
      int[] s = sequences.get(r);
      try (Qwen2Session session = model.startSession(1, s.length)) {
        for (int i = 0; i < s.length; i++) {
          float[][] logits = session.append(new int[][] {{s[i]}});
          worst = Math.max(worst, diff(logits[0], 0, offsets.get(r) + i));
        }
        assertThat(session.length(0)).isEqualTo(s.length);
      }
    }
    assertThat(worst).as("max abs logit diff via KV cache").isLessThan(TOL);
  }

  @Test
  void raggedPrefillOfAllSequencesAtOnceMatchesLastPositions() {
    int b = sequences.size();
    try (Qwen2Session session = model.startSession(b, 64)) {
      float[][] logits = session.append(sequences.toArray(new int[0][]));
      for (int r = 0; r < b; r++) {
        int last = offsets.get(r) + sequences.get(r).length - 1;
        assertThat(diff(logits[r], 0, last)).as("row %d", r).isLessThan(TOL);
      }
    }
  }

  @Test
  void greedyContinuationsMatch() throws IOException {
    JsonNode greedy = JsonMapper.builder().build().readTree(Files.readString(dir.resolve("greedy.json")));
    for (JsonNode c : greedy.get("cases")) {
      int[] prompt = ints(c.get("prompt_ids"));
      int[] want = ints(c.get("generated"));
      int[] got = new int[want.length];
      try (Qwen2Session session = model.startSession(1, prompt.length + want.length)) {
        float[] logits = session.append(new int[][] {prompt})[0];
        for (int i = 0; i < want.length; i++) {
          got[i] = argmax(logits);
          logits = session.append(new int[][] {{got[i]}})[0];
        }
      }
      assertThat(got).as(c.get("prompt_text").stringValue()).containsExactly(want);
    }
  }

  static int argmax(float[] x) {
    int best = 0;
    for (int i = 1; i < x.length; i++) {
      if (x[i] > x[best]) {
        best = i;
      }
    }
    return best;
  }
}
