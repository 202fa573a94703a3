package io.ofa4j.modality.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Locates {@code shared/golden} (vision folders) and reads its JSON indexes and raw little-endian arrays. */
public final class VisionGolden {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private VisionGolden() {}

  /** The golden folder {@code name}, or skips the test when the shared folder is absent. */
  public static Path dir(String name) {
    String prop = System.getProperty("ofa4j.shared");
    for (String candidate : new String[] {prop, "../shared", "../../shared"}) {
      if (candidate != null && Files.isDirectory(Path.of(candidate, "golden", name))) {
        return Path.of(candidate, "golden", name);
      }
    }
    assumeTrue(false, "shared/golden/" + name + " not found (set -Dofa4j.shared)");
    return null;
  }

  /** Parses a JSON file. */
  public static JsonNode json(Path file) {
    return JSON.readTree(file.toFile());
  }

  /** Raw bytes of a file. */
  public static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A little-endian float32 file. */
  public static float[] f32(Path file) {
    ByteBuffer b = ByteBuffer.wrap(bytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    float[] out = new float[b.remaining() / 4];
    b.asFloatBuffer().get(out);
    return out;
  }

  /** A little-endian float64 file. */
  public static double[] f64(Path file) {
    ByteBuffer b = ByteBuffer.wrap(bytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    double[] out = new double[b.remaining() / 8];
    b.asDoubleBuffer().get(out);
    return out;
  }
}
