package io.ofa4j.modality.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.modality.testing.SharedData;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every case of {@code golden/qwen2-vl-image}: decode hash, resized bytes, pixel_values, grid. */
class Qwen2VlImageGoldenTest {

  static Stream<JsonNode> cases() {
    Path dir = SharedData.golden("qwen2-vl-image");
    JsonNode index = SharedData.json(dir.resolve("index.json"));
    return StreamSupport.stream(index.get("cases").spliterator(), false);
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("cases")
  void matchesTransformers(JsonNode c) throws Exception {
    Path dir = SharedData.golden("qwen2-vl-image");
    String id = c.get("id").asString();
    Qwen2VlImageConfig cfg = Qwen2VlImageConfig.defaults()
        .withPixels(c.get("min_pixels").asLong(), c.get("max_pixels").asLong());
    ImageLoader loader = new ImageLoader();
    List<RgbImage> frames = new ArrayList<>();
    for (JsonNode in : c.get("inputs")) {
      frames.add(loader.load(dir.resolve(in.asString())));
    }
    if (c.has("decoded_rgb_sha256") && frames.size() == 1) {
      assertThat(sha256(frames.get(0).rgb())).as(id + " decoded RGB").isEqualTo(c.get("decoded_rgb_sha256").asString());
    }
    VisionFeatures f = new Qwen2VlImageProcessor(cfg).processFrames(frames);
    int[] grid = {c.get("grid_thw").get(0).asInt(), c.get("grid_thw").get(1).asInt(), c.get("grid_thw").get(2).asInt()};
    assertThat(f.gridThw()).as(id + " grid_thw").containsExactly(grid);
    assertThat(f.resized().get(0).height()).isEqualTo(c.get("resized_height").asInt());
    assertThat(f.resized().get(0).width()).isEqualTo(c.get("resized_width").asInt());

    byte[] expectedResized = SharedData.bytes(dir.resolve(c.get("resized_uint8").get("file").asString()));
    byte[] actualResized = concat(f.resized());
    assertThat(actualResized).as(id + " resized_uint8").isEqualTo(expectedResized);

    float[] expected = SharedData.f32(dir.resolve(c.get("pixel_values").get("file").asString()));
    assertThat(f.pixelValues().length).isEqualTo(expected.length);
    double maxDiff = 0;
    for (int i = 0; i < expected.length; i++) {
      maxDiff = Math.max(maxDiff, Math.abs(expected[i] - f.pixelValues()[i]));
    }
    assertThat(maxDiff).as(id + " pixel_values max abs diff").isLessThanOrEqualTo(1e-6);
  }

  private static byte[] concat(List<RgbImage> frames) {
    int n = frames.stream().mapToInt(r -> r.rgb().length).sum();
    byte[] out = new byte[n];
    int p = 0;
    for (RgbImage r : frames) {
      System.arraycopy(r.rgb(), 0, out, p, r.rgb().length);
      p += r.rgb().length;
    }
    return out;
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }
}
