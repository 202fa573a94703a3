package io.ofa4j.runtime.weights;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A safetensors file opened for reading (format: {@code huggingface/safetensors} README: an
 * 8-byte little-endian header length N, N bytes of JSON, then the data section).
 *
 * <p>The whole header is validated on {@link #open}: the header length is checked against the
 * file size before anything is allocated, every entry's dtype, shape and byte range is checked,
 * and the ranges must tile the data section without overlap or gap (as the reference
 * implementation requires). Tensor data is read lazily: {@link #mapped} gives a memory-mapped
 * view, {@link #load} copies into a fresh ND4J array. {@code load} reads through the channel
 * rather than the mapping on purpose: JDK 17 cannot unmap deterministically, and mapped pages of a
 * 2 GB checkpoint would count in the process RSS on top of the ND4J copy.
 */
public final class SafetensorsFile implements AutoCloseable {
  /** The reference implementation's limit on the header size (100 MB). */
  static final long MAX_HEADER_BYTES = 100L << 20;

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final int CHUNK = 1 << 20;

  private final Path path;
  private final FileChannel channel;
  private final long dataStart;
  private final Map<String, String> metadata;
  private final Map<String, SafetensorsTensorInfo> tensors;

  private SafetensorsFile(Path path, FileChannel channel, long dataStart,
      Map<String, String> metadata, Map<String, SafetensorsTensorInfo> tensors) {
    this.path = path;
    this.channel = channel;
    this.dataStart = dataStart;
    this.metadata = metadata;
    this.tensors = tensors;
  }

  /** Opens and validates {@code path}; throws {@link SafetensorsException} naming the problem. */
  public static SafetensorsFile open(Path path) {
    requireNonNull(path, "path is null");
    FileChannel ch;
    try {
      ch = FileChannel.open(path, StandardOpenOption.READ);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + path + ": " + e.getMessage(), e);
    }
    try {
      return parse(path, ch);
    } catch (RuntimeException e) {
      closeQuietly(ch, e);
      throw e;
    }
  }

  private static SafetensorsFile parse(Path path, FileChannel ch) {
    long size = size(path, ch);
    if (size < 8) {
      throw new SafetensorsException(path + ": truncated: " + size + " bytes, no header length");
    }
    ByteBuffer len = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    readFully(path, ch, len, 0);
    long headerLength = len.getLong(0);
    if (headerLength < 2 || headerLength > size - 8) {
      throw new SafetensorsException(path + ": header length " + Long.toUnsignedString(headerLength)
          + " does not fit in a file of " + size + " bytes");
    }
    if (headerLength > MAX_HEADER_BYTES) {
      throw new SafetensorsException(
          path + ": header length " + headerLength + " exceeds " + MAX_HEADER_BYTES + " bytes");
    }
    ByteBuffer header = ByteBuffer.allocate((int) headerLength);
    readFully(path, ch, header, 8);
    JsonNode root;
    try {
      root = MAPPER.readTree(header.array());
    } catch (JacksonException e) {
      throw new SafetensorsException(path + ": header is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new SafetensorsException(path + ": header is not a JSON object");
    }
    long dataSize = size - 8 - headerLength;
    Map<String, String> metadata = new LinkedHashMap<>();
    Map<String, SafetensorsTensorInfo> tensors = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      if (e.getKey().equals("__metadata__")) {
        readMetadata(path, e.getValue(), metadata);
      } else {
        tensors.put(e.getKey(), readEntry(path, e.getKey(), e.getValue()));
      }
    }
    checkLayout(path, tensors.values(), dataSize);
    return new SafetensorsFile(path, ch, 8 + headerLength, Collections.unmodifiableMap(metadata),
        Collections.unmodifiableMap(tensors));
  }

  private static void readMetadata(Path path, JsonNode node, Map<String, String> out) {
    if (!node.isObject()) {
      throw new SafetensorsException(path + ": __metadata__ (" + node + ") is not an object");
    }
    for (Map.Entry<String, JsonNode> m : node.properties()) {
      if (!m.getValue().isString()) {
        throw new SafetensorsException(path + ": __metadata__ value of '" + m.getKey() + "' ("
            + m.getValue() + ") is not a string");
      }
      out.put(m.getKey(), m.getValue().stringValue());
    }
  }

  private static SafetensorsTensorInfo readEntry(Path path, String name, JsonNode node) {
    String where = path + ": tensor '" + name + "'";
    if (!node.isObject()) {
      throw new SafetensorsException(where + ": entry (" + node + ") is not an object");
    }
    JsonNode dtype = node.get("dtype");
    if (dtype == null || !dtype.isString()) {
      throw new SafetensorsException(where + ": dtype (" + dtype + ") is missing or not a string");
    }
    long[] shape = longs(where, "shape", node.get("shape"), -1);
    long[] offsets = longs(where, "data_offsets", node.get("data_offsets"), 2);
    try {
      return new SafetensorsTensorInfo(name, SafetensorsDtype.fromHeader(dtype.stringValue(), where),
          shape, offsets[0], offsets[1]);
    } catch (SafetensorsException e) {
      throw e.getMessage().startsWith(path.toString())
          ? e : new SafetensorsException(path + ": " + e.getMessage(), e);
    }
  }

  private static long[] longs(String where, String field, JsonNode node, int count) {
    if (node == null || !node.isArray() || (count >= 0 && node.size() != count)) {
      throw new SafetensorsException(where + ": " + field + " (" + node + ") is not an array"
          + (count >= 0 ? " of " + count + " integers" : " of integers"));
    }
    long[] out = new long[node.size()];
    for (int i = 0; i < out.length; i++) {
      JsonNode v = node.get(i);
      if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < 0) {
        throw new SafetensorsException(
            where + ": " + field + " (" + node + ") must hold non-negative integers");
      }
      out[i] = v.longValue();
    }
    return out;
  }

  /** Ranges must lie inside the data section and tile it: no overlap, no gap. */
  private static void checkLayout(Path path, Iterable<SafetensorsTensorInfo> infos, long dataSize) {
    List<SafetensorsTensorInfo> sorted = new ArrayList<>();
    infos.forEach(sorted::add);
    sorted.sort(Comparator.comparingLong(SafetensorsTensorInfo::begin)
        .thenComparingLong(SafetensorsTensorInfo::end));
    long cursor = 0;
    SafetensorsTensorInfo previous = null;
    for (SafetensorsTensorInfo t : sorted) {
      if (t.end() > dataSize) {
        throw new SafetensorsException(path + ": tensor '" + t.name() + "': data_offsets ["
            + t.begin() + ", " + t.end() + "] run past the data section of " + dataSize
            + " bytes (file truncated?)");
      }
      if (t.begin() < cursor) {
        throw new SafetensorsException(path + ": tensor '" + t.name() + "': data_offsets ["
            + t.begin() + ", " + t.end() + "] overlap tensor '" + previous.name() + "' ending at "
            + cursor);
      }
      if (t.begin() > cursor) {
        throw new SafetensorsException(path + ": tensor '" + t.name() + "': data_offsets start at "
            + t.begin() + " leaving a gap after byte " + cursor);
      }
      cursor = t.end();
      previous = t;
    }
    if (cursor != dataSize) {
      throw new SafetensorsException(path + ": data section has " + dataSize
          + " bytes but the tensors cover " + cursor + " (trailing bytes)");
    }
  }

  /** The file this was opened from. */
  public Path path() {
    return path;
  }

  /** The {@code __metadata__} strings (empty when absent). */
  public Map<String, String> metadata() {
    return metadata;
  }

  /** Tensor entries by name, in header order. */
  public Map<String, SafetensorsTensorInfo> tensors() {
    return tensors;
  }

  /** The entry for {@code name}; throws naming the tensor and file when absent. */
  public SafetensorsTensorInfo info(String name) {
    SafetensorsTensorInfo t = tensors.get(name);
    if (t == null) {
      throw new SafetensorsException(path + ": no tensor '" + name + "'");
    }
    return t;
  }

  /** A read-only, little-endian, memory-mapped view of a tensor's bytes. */
  public ByteBuffer mapped(String name) {
    SafetensorsTensorInfo t = info(name);
    try {
      MappedByteBuffer m = channel.map(FileChannel.MapMode.READ_ONLY, dataStart + t.begin(),
          t.byteCount());
      return m.order(ByteOrder.LITTLE_ENDIAN);
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": cannot map tensor '" + name + "'", e);
    }
  }

  /**
   * Loads a tensor into a new C-ordered ND4J array. F16 and BF16 are converted to F32 unless
   * {@code keepDtype}.
   */
  public INDArray load(String name, boolean keepDtype) {
    SafetensorsTensorInfo t = info(name);
    DataType type = keepDtype ? t.dtype().nd4jType() : DataType.FLOAT;
    long[] shape = t.shape();
    INDArray out = Nd4j.createUninitialized(type, shape, 'c');
    if (t.elementCount() == 0) {
      return out;
    }
    ByteBuffer dst = NdBuffers.bytes(out);
    if (keepDtype || t.dtype() == SafetensorsDtype.F32) {
      readFully(path, channel, dst, dataStart + t.begin());
    } else {
      convertInto(t, dst);
    }
    return out;
  }

  /** Reads a 16-bit tensor chunk by chunk and widens it into {@code dst} (F32). */
  private void convertInto(SafetensorsTensorInfo t, ByteBuffer dst) {
    ByteBuffer chunk = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
    long pos = dataStart + t.begin();
    long remaining = t.byteCount();
    int out = 0;
    boolean bf16 = t.dtype() == SafetensorsDtype.BF16;
    while (remaining > 0) {
      chunk.clear().limit((int) Math.min(CHUNK, remaining));
      readFully(path, channel, chunk, pos);
      int n = chunk.limit() / 2;
      for (int i = 0; i < n; i++) {
        short bits = chunk.getShort(2 * i);
        dst.putFloat(out, bf16 ? HalfFloats.bf16ToFloat(bits) : HalfFloats.f16ToFloat(bits));
        out += 4;
      }
      pos += chunk.limit();
      remaining -= chunk.limit();
    }
  }

  private static long size(Path path, FileChannel ch) {
    try {
      return ch.size();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stat " + path, e);
    }
  }

  private static void readFully(Path path, FileChannel ch, ByteBuffer dst, long position) {
    long pos = position;
    try {
      while (dst.hasRemaining()) {
        int n = ch.read(dst, pos);
        if (n < 0) {
          throw new SafetensorsException(path + ": unexpected end of file at byte " + pos);
        }
        pos += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + " at byte " + pos, e);
    }
  }

  private static void closeQuietly(FileChannel ch, RuntimeException primary) {
    try {
      ch.close();
    } catch (IOException e) {
      primary.addSuppressed(e);
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + path, e);
    }
  }

  @Override
  public String toString() {
    return "SafetensorsFile[" + path + ", " + tensors.size() + " tensors, metadata " + metadata + "]";
  }
}
