package io.ofa4j.modality;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared reference folder ({@code ofa4j.shared} system property set by surefire,
 * fallback {@code ../shared} then {@code ../../shared}) and reads its raw arrays. Tests that need
 * it are skipped with a stated reason when it is absent.
 */
public final class SharedData {
  private SharedData() {}

  /** The golden sub-folder, e.g. {@code whisper-logmel}; skips the test when missing. */
  public static Path golden(String folder) {
    Path root = root();
    Path p = root == null ? null : root.resolve("golden").resolve(folder);
    assumeTrue(p != null && Files.isDirectory(p),
        "shared golden folder '" + folder + "' not found (set -Dofa4j.shared=<path to shared>)");
    return p;
  }

  private static Path root() {
    String prop = System.getProperty("ofa4j.shared");
    for (String candidate : new String[] {prop, "../shared", "../../shared"}) {
      if (candidate != null && Files.isDirectory(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    return null;
  }

  /** A raw little-endian float32 file. */
  public static float[] readFloat32(Path file) {
    try {
      ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
      float[] out = new float[b.remaining() / 4];
      b.asFloatBuffer().get(out);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
