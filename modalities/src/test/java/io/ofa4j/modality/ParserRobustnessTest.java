package io.ofa4j.modality;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.modality.audio.AudioReader;
import io.ofa4j.modality.motion.BvhParser;
import io.ofa4j.modality.motion.NpyReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Seeded random corruption of valid WAV, FLAC, .npy and BVH files: every outcome must be a
 * successful parse or an {@link IllegalArgumentException} (never another exception, a hang or an
 * out-of-memory error).
 */
class ParserRobustnessTest {
  private static final int ROUNDS = 300;

  @Test
  void corruptedAudioFilesFailCleanly() throws IOException {
    fuzz(resource("audio/stereo_22k.wav"), bytes -> AudioReader.decode(bytes, "f.wav"), 1);
    fuzz(resource("audio/mono_48k_24bit.flac"), bytes -> AudioReader.decode(bytes, "f.flac"), 2);
  }

  @Test
  void corruptedMotionFilesFailCleanly() throws IOException {
    fuzz(resource("motion/small_frames_f32.npy"), bytes -> NpyReader.decode(bytes, "f.npy"), 3);
    fuzz(resource("motion/small.bvh"), bytes -> BvhParser.parse(new String(bytes, StandardCharsets.ISO_8859_1), "f.bvh"), 4);
  }

  private static void fuzz(byte[] valid, Consumer<byte[]> parser, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int failures = 0;
    for (int round = 0; round < ROUNDS; round++) {
      byte[] b = mutate(valid, rng);
      try {
        parser.accept(b);
      } catch (IllegalArgumentException expected) {
        failures++;
      }
    }
    assertThat(failures).as("some mutations must be rejected").isPositive();
  }

  /** Flips random bytes, truncates, or overwrites a header region with random values. */
  private static byte[] mutate(byte[] valid, SplittableRandom rng) {
    byte[] b = valid.clone();
    switch (rng.nextInt(3)) {
      case 0 -> {
        for (int i = 0; i < 1 + rng.nextInt(8); i++) {
          b[rng.nextInt(b.length)] = (byte) rng.nextInt(256);
        }
      }
      case 1 -> b = Arrays.copyOf(b, rng.nextInt(b.length));
      default -> {
        int at = rng.nextInt(Math.min(b.length, 64));
        for (int i = at; i < Math.min(b.length, at + 8); i++) {
          b[i] = (byte) rng.nextInt(256);
        }
      }
    }
    return b;
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = ParserRobustnessTest.class.getResourceAsStream(path)) {
      return in.readAllBytes();
    }
  }
}
