package io.ofa4j.modality.motion;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads NumPy {@code .npy} files (format versions 1.0, 2.0 and 3.0; see numpy's
 * {@code lib/format.py}): magic {@code \x93NUMPY}, version, header length (2 bytes in v1, 4 in
 * v2+), then a Python dict literal with {@code descr}, {@code fortran_order} and {@code shape}.
 * Supported dtypes: float32 and float64, either byte order; C order only.
 */
public final class NpyReader {
  private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>|=])([a-z])(\\d+)'");
  private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
  private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");
  /** Larger files are refused instead of exhausting memory. */
  public static final long MAX_BYTES = 1L << 30;

  private NpyReader() {}

  /** Reads a file. */
  public static NpyArray read(Path file) {
    requireNonNull(file, "file is null");
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new IllegalArgumentException(file + ": .npy file of " + size + " bytes exceeds the limit of " + MAX_BYTES);
      }
      return decode(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Decodes an in-memory {@code .npy}; {@code name} appears in error messages. */
  public static NpyArray decode(byte[] b, String name) {
    if (b.length < 10 || (b[0] & 0xFF) != 0x93 || !new String(b, 1, 5, StandardCharsets.ISO_8859_1).equals("NUMPY")) {
      throw new IllegalArgumentException(name + ": not a .npy file (no \\x93NUMPY magic)");
    }
    int major = b[6];
    ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    long headerLen;
    int start;
    if (major == 1) {
      headerLen = buf.getShort(8) & 0xFFFF;
      start = 10;
    } else if (major == 2 || major == 3) {
      if (b.length < 12) {
        throw new IllegalArgumentException(name + ": truncated .npy header");
      }
      headerLen = Integer.toUnsignedLong(buf.getInt(8));
      start = 12;
    } else {
      throw new IllegalArgumentException(name + ": unsupported .npy format version " + major);
    }
    if (start + headerLen > b.length) {
      throw new IllegalArgumentException(name + ": truncated .npy header (declares " + headerLen + " bytes)");
    }
    String header = new String(b, start, (int) headerLen, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    Matcher d = DESCR.matcher(header);
    Matcher f = FORTRAN.matcher(header);
    Matcher s = SHAPE.matcher(header);
    if (!d.find() || !f.find() || !s.find()) {
      throw new IllegalArgumentException(name + ": malformed .npy header: " + header.strip());
    }
    String kind = d.group(2) + d.group(3);
    if (!kind.equals("f4") && !kind.equals("f8")) {
      throw new IllegalArgumentException(name + ": unsupported dtype '" + d.group(1) + kind + "' (float32 and float64 are read)");
    }
    if (f.group(1).equals("True")) {
      throw new IllegalArgumentException(name + ": fortran_order arrays are not supported; save with C order");
    }
    long[] shape = shape(s.group(1), name);
    long count = 1;
    try {
      for (long dim : shape) {
        count = Math.multiplyExact(count, dim);
      }
      Math.multiplyExact(count, 8L);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(name + ": shape (" + s.group(1) + ") is too large", e);
    }
    int width = kind.equals("f4") ? 4 : 8;
    long dataStart = start + headerLen;
    if (dataStart + count * width > b.length) {
      throw new IllegalArgumentException(name + ": truncated data: shape needs " + count * width + " bytes, "
          + (b.length - dataStart) + " present");
    }
    ByteBuffer data = ByteBuffer.wrap(b, (int) dataStart, (int) (count * width))
        .order(d.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    double[] out = new double[(int) count];
    for (int i = 0; i < out.length; i++) {
      out[i] = width == 4 ? data.getFloat() : data.getDouble();
    }
    return new NpyArray(shape, out);
  }

  private static long[] shape(String text, String name) {
    String t = text.strip();
    if (t.isEmpty()) {
      return new long[0];
    }
    String[] parts = t.split("\\s*,\\s*");
    int n = parts[parts.length - 1].isEmpty() ? parts.length - 1 : parts.length;
    long[] shape = new long[n];
    for (int i = 0; i < n; i++) {
      try {
        shape[i] = Long.parseLong(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + ": bad shape entry '" + parts[i] + "' in (" + text + ")", e);
      }
      if (shape[i] < 0 || shape[i] > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(name + ": bad dimension " + shape[i] + " in shape (" + text + ")");
      }
    }
    return shape;
  }
}
