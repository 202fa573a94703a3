package io.ofa4j.runtime.bench;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.model.Qwen2Config;
import io.ofa4j.runtime.model.Qwen2ConfigReader;
import io.ofa4j.runtime.weights.HalfFloats;
import io.ofa4j.runtime.weights.SafetensorsCheckpoint;
import io.ofa4j.runtime.weights.SafetensorsDtype;
import io.ofa4j.runtime.weights.SafetensorsFile;
import io.ofa4j.runtime.weights.SafetensorsTensorInfo;
import io.ofa4j.runtime.weights.SafetensorsWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Converts an F32 single-file checkpoint into a BF16 one (every tensor rounded to nearest even,
 * as {@code torch.Tensor.bfloat16}), streaming 4 MiB at a time through plain reads rather than a
 * mapping, so that the conversion adds neither heap nor mapped pages to the benchmark's peak RSS.
 */
public final class Bf16CheckpointWriter {
  private static final int CHUNK_FLOATS = 1 << 20;

  private Bf16CheckpointWriter() {}

  /** Writes {@code to} (config.json + model.safetensors) from the F32 checkpoint in {@code from}. */
  public static void write(Qwen2Config config, Path from, Path to) {
    requireNonNull(config, "config is null");
    Path src = from.resolve(SafetensorsCheckpoint.SINGLE_FILE);
    List<SafetensorsTensorInfo> tensors;
    try (SafetensorsFile in = SafetensorsFile.open(src)) {
      tensors = new ArrayList<>(in.tensors().values());
    }
    try (FileChannel ch = FileChannel.open(src, StandardOpenOption.READ)) {
      Files.createDirectories(to);
      long dataStart = ch.size() - tensors.stream().mapToLong(SafetensorsTensorInfo::byteCount).sum();
      ByteBuffer f32 = ByteBuffer.allocateDirect(4 * CHUNK_FLOATS).order(ByteOrder.LITTLE_ENDIAN);
      ByteBuffer bf16 = ByteBuffer.allocateDirect(2 * CHUNK_FLOATS).order(ByteOrder.LITTLE_ENDIAN);
      List<SafetensorsWriter.Entry> entries = new ArrayList<>();
      for (SafetensorsTensorInfo t : tensors) {
        if (t.dtype() != SafetensorsDtype.F32) {
          throw new IllegalArgumentException(src + ": tensor '" + t.name() + "' is " + t.dtype()
              + "; the BF16 conversion reads F32");
        }
        entries.add(new SafetensorsWriter.Entry(t.name(), SafetensorsDtype.BF16, t.shape(), out -> {
          long pos = dataStart + t.begin();
          for (long left = t.elementCount(); left > 0; ) {
            int n = (int) Math.min(CHUNK_FLOATS, left);
            f32.clear().limit(4 * n);
            while (f32.hasRemaining()) {
              if (ch.read(f32, pos + f32.position()) < 0) {
                throw new IOException(src + ": truncated in tensor '" + t.name() + "'");
              }
            }
            bf16.clear();
            for (int i = 0; i < n; i++) {
              bf16.putShort(HalfFloats.floatToBf16(f32.getFloat(4 * i)));
            }
            bf16.flip();
            SafetensorsWriter.writeAll(out, bf16);
            pos += 4L * n;
            left -= n;
          }
        }));
      }
      SafetensorsWriter.write(to.resolve(SafetensorsCheckpoint.SINGLE_FILE), entries,
          Map.of("format", "pt"));
      Qwen2ConfigReader.write(config, to.resolve(Qwen2ConfigReader.FILE_NAME));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot convert " + src + " to BF16 in " + to, e);
    }
  }
}
