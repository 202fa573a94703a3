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

/**
 * Locates the shared reference folder for this module's tests ({@code ofa4j.shared} system property
 * set by surefire, fallback {@code ../shared} then {@code ../../shared}) and reads its JSON indexes
 * and raw little-endian arrays. Tests that need it are skipped with a stated reason when it is
 * absent.
 */
public final class SharedData {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private SharedData() {}

  /** The golden folder {@code name}, e.g. {@code whisper-logmel}, or skips the test when it is absent. */
  public static Path golden(String name) {
    String prop = System.getProperty("ofa4j.shared");
    for (String candidate : new String[] {prop, "../shared", "../../shared"}) {
      if (candidate != null && Files.isDirectory(Path.of(candidate, "golden", name))) {
        return Path.of(candidate, "golden", name);
      }
    }
    assumeTrue(false, "shared/golden/" + name + " not found (set -Dofa4j.shared=<path to shared>)");
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
