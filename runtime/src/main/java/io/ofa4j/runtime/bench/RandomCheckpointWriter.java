package io.ofa4j.runtime.bench;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.model.Qwen2ConfigReader;
import io.ofa4j.runtime.model.Qwen2WeightNames;
import io.ofa4j.runtime.weights.SafetensorsCheckpoint;
import io.ofa4j.runtime.weights.SafetensorsDtype;
import io.ofa4j.runtime.weights.SafetensorsWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a random-weight F32 Qwen2 checkpoint (config.json + model.safetensors) tensor by tensor
 * in 4 MiB chunks, so a 2 GB model never sits in memory while it is written (which would
 * otherwise set the benchmark's peak RSS). Linear weights and biases are uniform with std 0.02
 * (like HF's {@code initializer_range}), RMSNorm weights are 1.
 */
public final class RandomCheckpointWriter {
  private static final int CHUNK_FLOATS = 1 << 20;
  private static final float HALF_WIDTH = (float) (0.02 * Math.sqrt(3.0)); // uniform std 0.02

  private RandomCheckpointWriter() {}

  /** Writes the checkpoint for {@code config} into {@code dir} (created if needed). */
  public static void write(Qwen2Config config, Path dir, long seed) {
    requireNonNull(config, "config is null");
    requireNonNull(dir, "dir is null");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
    List<SafetensorsWriter.Entry> entries = new ArrayList<>();
    long[] counter = {seed};
    // one chunk for all tensors: a direct buffer per tensor would stay resident until a GC
    ByteBuffer chunk = ByteBuffer.allocateDirect(4 * CHUNK_FLOATS).order(ByteOrder.LITTLE_ENDIAN);
    Qwen2WeightNames.expected(config).forEach((name, shape) -> {
      long tensorSeed = counter[0]++ * 0x9E3779B97F4A7C15L ^ name.hashCode();
      boolean norm = name.endsWith("norm.weight");
      entries.add(new SafetensorsWriter.Entry(name, SafetensorsDtype.F32, shape,
          out -> {
            long count = 1;
            for (long d : shape) {
              count *= d;
            }
            long state = tensorSeed | 1;
            for (long done = 0; done < count; ) {
              int n = (int) Math.min(CHUNK_FLOATS, count - done);
              chunk.clear();
              for (int i = 0; i < n; i++) {
                // xorshift64*: fast, and quality is irrelevant for timing
                state ^= state >>> 12;
                state ^= state << 25;
                state ^= state >>> 27;
                long r = state * 0x2545F4914F6CDD1DL;
                float u = (r >>> 40) * 0x1p-24f * 2f - 1f;
                chunk.putFloat(norm ? 1f : u * HALF_WIDTH);
              }
              chunk.flip();
              SafetensorsWriter.writeAll(out, chunk);
              done += n;
            }
          }));
    });
    SafetensorsWriter.write(dir.resolve(SafetensorsCheckpoint.SINGLE_FILE), entries,
        Map.of("format", "pt"));
    Qwen2ConfigReader.write(config, dir.resolve(Qwen2ConfigReader.FILE_NAME));
  }
}
