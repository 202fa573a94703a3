package io.ofa4j.runtime.weights;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes safetensors files. Tensors are written in the order given, the header is padded with
 * spaces to a multiple of 8 bytes (as the reference writer does, so the data section is aligned),
 * and the file appears atomically (written to a temporary sibling, then renamed).
 */
public final class SafetensorsWriter {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private SafetensorsWriter() {}

  /** A tensor to write: name, dtype, shape, and a source that writes exactly its bytes. */
  public record Entry(String name, SafetensorsDtype dtype, long[] shape, TensorBytes bytes) {
    public Entry {
      requireNonNull(name, "name is null");
      requireNonNull(dtype, "dtype is null");
      shape = requireNonNull(shape, "shape is null").clone();
      requireNonNull(bytes, "bytes is null");
      if (name.equals("__metadata__")) {
        throw new IllegalArgumentException("tensor name '__metadata__' is reserved");
      }
    }

    /** Number of data bytes. */
    public long byteCount() {
      long n = dtype.byteSize();
      for (long d : shape) {
        n = Math.multiplyExact(n, d);
      }
      return n;
    }

    /** An entry for an ND4J array, written in its own dtype (C order). */
    public static Entry of(String name, INDArray array) {
      requireNonNull(array, "array is null");
      INDArray dense = array.isView() || array.ordering() != 'c' || array.offset() != 0
          || array.data().length() != array.length() ? array.dup('c') : array;
      return new Entry(name, SafetensorsDtype.of(array.dataType()), array.shape(),
          out -> writeAll(out, NdBuffers.bytes(dense)));
    }
  }

  /** Streams a tensor's little-endian bytes to a channel. */
  @FunctionalInterface
  public interface TensorBytes {
    /** Writes exactly the tensor's bytes. */
    void writeTo(WritableByteChannel out) throws IOException;
  }

  /** Writes all arrays of {@code tensors} (name -> array) with optional {@code __metadata__}. */
  public static void write(Path file, Map<String, INDArray> tensors, Map<String, String> metadata) {
    requireNonNull(tensors, "tensors is null");
    write(file, tensors.entrySet().stream().map(e -> Entry.of(e.getKey(), e.getValue())).toList(),
        metadata);
  }

  /** Writes {@code entries} in order, streaming each tensor's bytes. */
  public static void write(Path file, List<Entry> entries, Map<String, String> metadata) {
    requireNonNull(file, "file is null");
    requireNonNull(entries, "entries is null");
    requireNonNull(metadata, "metadata is null");
    byte[] header = header(entries, metadata);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      ByteBuffer len = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
      len.putLong(0, header.length);
      writeAll(ch, len);
      writeAll(ch, ByteBuffer.wrap(header));
      long expected = 8L + header.length;
      for (Entry e : entries) {
        e.bytes().writeTo(ch);
        expected += e.byteCount();
        if (ch.position() != expected) {
          throw new IllegalStateException("tensor '" + e.name() + "' wrote "
              + (ch.position() - expected + e.byteCount()) + " bytes, expected " + e.byteCount());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + tmp + ": " + e.getMessage(), e);
    }
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rename " + tmp + " to " + file, e);
    }
  }

  /** The JSON header, padded with spaces to a multiple of 8 bytes. */
  static byte[] header(List<Entry> entries, Map<String, String> metadata) {
    ObjectNode root = MAPPER.createObjectNode();
    if (!metadata.isEmpty()) {
      ObjectNode m = root.putObject("__metadata__");
      new LinkedHashMap<>(metadata).forEach(m::put);
    }
    long offset = 0;
    for (Entry e : entries) {
      if (root.has(e.name())) {
        throw new IllegalArgumentException("tensor '" + e.name() + "' given twice");
      }
      ObjectNode t = root.putObject(e.name());
      t.put("dtype", e.dtype().name());
      ArrayNode shape = t.putArray("shape");
      Arrays.stream(e.shape()).forEach(shape::add);
      long end = offset + e.byteCount();
      t.putArray("data_offsets").add(offset).add(end);
      offset = end;
    }
    byte[] json = MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    int padded = (json.length + 7) / 8 * 8;
    byte[] out = Arrays.copyOf(json, padded);
    Arrays.fill(out, json.length, padded, (byte) ' ');
    return out;
  }

  /** Writes every remaining byte of {@code src}. */
  public static void writeAll(WritableByteChannel out, ByteBuffer src) throws IOException {
    while (src.hasRemaining()) {
      out.write(src);
    }
  }
}
