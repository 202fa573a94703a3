package io.ofa4j.modality.rope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.modality.testing.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** {@code golden/qwen2-vl-rope}: all six position-id cases exactly, and the q/k rotation. */
class RopeGoldenTest {

  static Path dir() {
    return SharedData.golden("qwen2-vl-rope");
  }

  static JsonNode index() {
    return SharedData.json(dir().resolve("rope_index.json"));
  }

  static Stream<JsonNode> cases() {
    return StreamSupport.stream(index().get("cases").spliterator(), false);
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("cases")
  void positionIdsAndDeltas(JsonNode c) {
    RopeIndex.Result r = compute(c);
    String id = c.get("id").asString();
    JsonNode pos = c.get("position_ids");
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < pos.get(a).size(); b++) {
        long[] expected = longs(pos.get(a).get(b));
        assertThat(r.positionIds()[a][b]).as(id + " axis " + a + " row " + b).containsExactly(expected);
      }
    }
    int seq = c.get("input_ids").get(0).size();
    long max = 0;
    for (long v : r.positionIds()[0][0]) {
      max = Math.max(max, v);
    }
    for (long[] axis : new long[][] {r.positionIds()[1][0], r.positionIds()[2][0]}) {
      for (long v : axis) {
        max = Math.max(max, v);
      }
    }
    // The first generated token follows the largest prompt position.
    assertThat(RopeIndex.generatedPosition(r, 0, seq)).as(id + " next position").isEqualTo(max + 1);
    for (int b = 0; b < c.get("rope_deltas").size(); b++) {
      assertThat(r.ropeDeltas()[b]).as(id + " rope_deltas row " + b).isEqualTo(c.get("rope_deltas").get(b).get(0).asLong());
    }
  }

  @Test
  void rotationMatchesReference() {
    JsonNode idx = index();
    JsonNode apply = idx.get("mrope_apply");
    JsonNode c = null;
    for (JsonNode cc : idx.get("cases")) {
      if (cc.get("id").asString().equals(apply.get("case").asString())) {
        c = cc;
      }
    }
    RopeIndex.Result r = compute(c);
    MultimodalRotary rope = new MultimodalRotary(128, apply.get("rope_theta").asDouble(), new int[] {16, 24, 24});
    MultimodalRotary.CosSin cs = rope.cosSin(r.positionIds());
    JsonNode t = apply.get("tensors");
    for (String[] pair : new String[][] {{"q", "q_embed"}, {"k", "k_embed"}}) {
      float[] x = SharedData.f32(dir().resolve(t.get(pair[0]).get("file").asString()));
      float[] expected = SharedData.f32(dir().resolve(t.get(pair[1]).get("file").asString()));
      float[] actual = rope.apply(x, 1, cs);
      assertThat(cs.cosArray().shape()).containsExactly(2, 1, 28, 128);
      double max = 0;
      for (int i = 0; i < x.length; i++) {
        max = Math.max(max, Math.abs(actual[i] - expected[i]));
      }
      assertThat(max).as(pair[1] + " max abs diff").isLessThan(1e-5);
    }
  }

  @Test
  void missingGridIsReportedWithRow() {
    long[][] ids = {{1, 151652, 151655, 151653}};
    assertThatThrownBy(() -> RopeIndex.qwen2Vl().compute(ids, null, List.of(), List.of(new int[] {1, 2, 2})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 0");
  }

  private static RopeIndex.Result compute(JsonNode c) {
    JsonNode ids = c.get("input_ids");
    long[][] inputIds = new long[ids.size()][];
    for (int b = 0; b < ids.size(); b++) {
      inputIds[b] = longs(ids.get(b));
    }
    int[][] mask = null;
    if (c.hasNonNull("attention_mask")) {
      mask = new int[ids.size()][];
      for (int b = 0; b < ids.size(); b++) {
        long[] m = longs(c.get("attention_mask").get(b));
        mask[b] = new int[m.length];
        for (int i = 0; i < m.length; i++) {
          mask[b][i] = (int) m[i];
        }
      }
    }
    return RopeIndex.qwen2Vl().compute(inputIds, mask, grids(c.get("image_grid_thw")), grids(c.get("video_grid_thw")));
  }

  private static List<int[]> grids(JsonNode n) {
    List<int[]> out = new ArrayList<>();
    if (n != null && !n.isNull()) {
      for (JsonNode g : n) {
        out.add(new int[] {g.get(0).asInt(), g.get(1).asInt(), g.get(2).asInt()});
      }
    }
    return out;
  }

  private static long[] longs(JsonNode arr) {
    long[] out = new long[arr.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = arr.get(i).asLong();
    }
    return out;
  }
}
