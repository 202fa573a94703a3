package io.ofa4j.modality.vision;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.modality.image.Qwen2VlImageConfig;
import io.ofa4j.modality.image.Qwen2VlImageProcessor;
import io.ofa4j.modality.testing.SharedData;
import io.ofa4j.runtime.weights.ParameterStore;
import io.ofa4j.runtime.weights.SafetensorsCheckpoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import tools.jackson.databind.JsonNode;

/** {@code golden/qwen2-vl-vision}: output vs float64 within 3e-7, intermediates, rot_pos_emb. */
class VisionTowerGoldenTest {

  static Stream<JsonNode> cases() {
    JsonNode index = SharedData.json(SharedData.golden("qwen2-vl-vision").resolve("index.json"));
    return StreamSupport.stream(index.get("cases").spliterator(), false);
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("cases")
  void matchesTransformers(JsonNode c) {
    Path dir = SharedData.golden("qwen2-vl-vision");
    String id = c.get("id").asString();
    VisionTowerConfig cfg = VisionTowerConfig.fromJson(SharedData.json(dir.resolve("config.json")));
    ParameterStore weights = new ParameterStore();
    SafetensorsCheckpoint.load(dir, weights, false);
    Qwen2VisionTower tower = Qwen2VisionTower.create(cfg, weights);

    List<int[]> grids = new ArrayList<>();
    for (JsonNode g : c.get("grid_thw")) {
      grids.add(new int[] {g.get(0).asInt(), g.get(1).asInt(), g.get(2).asInt()});
    }
    VisionGrid grid = new VisionGrid(grids, cfg.spatialMergeSize());
    List<Integer> cu = new ArrayList<>();
    c.get("cu_seqlens").forEach(n -> cu.add(n.asInt()));
    assertThat(grid.cuSeqlens()).as(id + " cu_seqlens").containsExactly(cu.stream().mapToInt(i -> i).toArray());

    float[] pixels = concat(dir, c.get("pixel_values").get("files"));
    INDArray input = Nd4j.create(pixels, new long[] {grid.patches(), cfg.patchDim()}, 'c');
    JsonNode inter = c.get("intermediates_float32");

    double[][] rot = grid.rotaryAngles(cfg.headDim());
    float[] expectedRot = SharedData.f32(dir.resolve(inter.get("rot_pos_emb").get("file").asString()));
    double rotDiff = 0;
    for (int i = 0; i < expectedRot.length; i++) {
      rotDiff = Math.max(rotDiff, Math.abs(rot[i / rot[0].length][i % rot[0].length] - expectedRot[i]));
    }
    assertThat(rotDiff).as(id + " rot_pos_emb").isLessThan(1e-6);

    // |h| reaches 2.6 here; 1e-5 is ~40 float32 ulps, room for a 1176-term sum in another order.
    Map<String, INDArray> out = tower.outputs(input, grid, Qwen2VisionTower.PATCH_EMBED,
        "visual.blocks.0.out", "visual.blocks.1.out", Qwen2VisionTower.OUTPUT);
    assertClose(id + " patch_embed", out.get(Qwen2VisionTower.PATCH_EMBED),
        SharedData.f32(dir.resolve(inter.get("patch_embed").get("file").asString())), 1e-5);
    assertClose(id + " block0", out.get("visual.blocks.0.out"),
        SharedData.f32(dir.resolve(inter.get("block0").get("file").asString())), 1e-5);
    assertClose(id + " block1", out.get("visual.blocks.1.out"),
        SharedData.f32(dir.resolve(inter.get("block1").get("file").asString())), 1e-5);

    INDArray output = tower.forward(input, grid);
    assertThat(output.shape()).containsExactly(grid.mergedTokens(), cfg.hiddenSize());
    double[] expected = SharedData.f64(dir.resolve(c.get("output_float64").get("file").asString()));
    double[] actual = output.castTo(DataType.DOUBLE).data().asDouble();
    double max = 0;
    for (int i = 0; i < expected.length; i++) {
      max = Math.max(max, Math.abs(actual[i] - expected[i]));
    }
    assertThat(max).as(id + " output vs output_f64").isLessThanOrEqualTo(3e-7);
  }

  @Test
  void encoderFromImageFilesMatchesTwoImagesCase() {
    Path dir = SharedData.golden("qwen2-vl-vision");
    Path images = SharedData.golden("qwen2-vl-image");
    VisionTowerConfig cfg = VisionTowerConfig.fromJson(SharedData.json(dir.resolve("config.json")));
    ParameterStore weights = new ParameterStore();
    SafetensorsCheckpoint.load(dir, weights, false);
    Qwen2VlImageProcessor p = new Qwen2VlImageProcessor(Qwen2VlImageConfig.defaults());
    // The two_images case end to end: PNG files -> pre-processing -> tower.
    INDArray out = new Qwen2VlVisionEncoder(Qwen2VisionTower.create(cfg, weights)).encode(List.of(
        p.processFile(images.resolve("inputs/noise_53x37.png")),
        p.processFile(images.resolve("inputs/gray_70x45.png"))));
    double[] expected = SharedData.f64(dir.resolve("two_images.output_f64.bin"));
    double[] actual = out.castTo(DataType.DOUBLE).data().asDouble();
    assertThat(actual).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(Math.abs(actual[i] - expected[i])).as("output[" + i + "]").isLessThanOrEqualTo(3e-7);
    }
  }

  private static void assertClose(String what, INDArray actual, float[] expected, double tol) {
    float[] a = actual.castTo(DataType.FLOAT).data().asFloat();
    assertThat(a.length).as(what + " size").isEqualTo(expected.length);
    double max = 0;
    for (int i = 0; i < a.length; i++) {
      max = Math.max(max, Math.abs(a[i] - expected[i]));
    }
    assertThat(max).as(what + " max abs diff").isLessThanOrEqualTo(tol);
  }

  private static float[] concat(Path dir, JsonNode files) {
    List<float[]> parts = new ArrayList<>();
    int n = 0;
    for (JsonNode f : files) {
      float[] p = SharedData.f32(dir.resolve(f.asString()));
      parts.add(p);
      n += p.length;
    }
    float[] out = new float[n];
    int off = 0;
    for (float[] p : parts) {
      System.arraycopy(p, 0, out, off, p.length);
      off += p.length;
    }
    return out;
  }
}
