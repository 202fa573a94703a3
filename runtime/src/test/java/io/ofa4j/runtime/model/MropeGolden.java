package io.ofa4j.runtime.model;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The M-RoPE reference of {@code shared/golden/qwen2-vl-rope}: positions {@code [3][2][28]} of
 * case {@code batch_left_padded_image_video}, random q/k {@code [2, 1, 28, 128]} and their HF
 * rotation with {@code mrope_section [16, 24, 24]}, theta 1e6.
 */
public final class MropeGolden {
  /** Positions {@code [3][B][T]}. */
  public final long[][][] positions;
  /** Inputs and expected rotations, {@code [B, heads=1, T, 128]} flattened. */
  public final float[] q;
  /** Expected rotation of {@link #q}. */
  public final float[] qEmbed;
  /** Input k. */
  public final float[] k;
  /** Expected rotation of {@link #k}. */
  public final float[] kEmbed;

  private MropeGolden(long[][][] positions, float[] q, float[] qEmbed, float[] k, float[] kEmbed) {
    this.positions = positions;
    this.q = q;
    this.qEmbed = qEmbed;
    this.k = k;
    this.kEmbed = kEmbed;
  }

  /** Loads the reference, skipping the test when the shared folder is absent. */
  public static MropeGolden load() {
    String prop = System.getProperty("ofa4j.shared");
    Path dir = null;
    for (String c : new String[] {prop, "../shared", "../../shared"}) {
      if (c != null && Files.isDirectory(Path.of(c, "golden", "qwen2-vl-rope"))) {
        dir = Path.of(c, "golden", "qwen2-vl-rope");
        break;
      }
    }
    assumeTrue(dir != null, "shared/golden/qwen2-vl-rope not found (set -Dofa4j.shared)");
    JsonNode idx = JsonMapper.builder().build().readTree(dir.resolve("rope_index.json").toFile());
    JsonNode apply = idx.get("mrope_apply");
    JsonNode cs = null;
    for (JsonNode c : idx.get("cases")) {
      if (c.get("id").asString().equals(apply.get("case").asString())) {
        cs = c;
      }
    }
    JsonNode pos = cs.get("position_ids");
    long[][][] p = new long[3][pos.get(0).size()][pos.get(0).get(0).size()];
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < p[a].length; b++) {
        for (int t = 0; t < p[a][b].length; t++) {
          p[a][b][t] = pos.get(a).get(b).get(t).asLong();
        }
      }
    }
    JsonNode t = apply.get("tensors");
    return new MropeGolden(p, f32(dir, t, "q"), f32(dir, t, "q_embed"), f32(dir, t, "k"), f32(dir, t, "k_embed"));
  }

  private static float[] f32(Path dir, JsonNode tensors, String name) {
    try {
      byte[] b = Files.readAllBytes(dir.resolve(tensors.get(name).get("file").asString()));
      float[] out = new float[b.length / 4];
      ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
