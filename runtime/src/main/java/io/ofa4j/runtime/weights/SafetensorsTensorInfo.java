package io.ofa4j.runtime.weights;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * One header entry of a safetensors file: a tensor's dtype, shape and byte range relative to the
 * start of the data section ({@code data_offsets: [begin, end)}).
 *
 * @param name tensor key, e.g. {@code model.layers.0.mlp.up_proj.weight}
 * @param dtype element type
 * @param shape dimensions (empty for a scalar)
 * @param begin first byte (inclusive) in the data section
 * @param end last byte (exclusive) in the data section
 */
public record SafetensorsTensorInfo(
    String name, SafetensorsDtype dtype, long[] shape, long begin, long end) {

  public SafetensorsTensorInfo {
    requireNonNull(name, "name is null");
    requireNonNull(dtype, "dtype is null");
    shape = requireNonNull(shape, "shape is null").clone();
    for (long d : shape) {
      if (d < 0) {
        throw new SafetensorsException(
            "tensor '" + name + "': shape " + Arrays.toString(shape) + " has a negative dimension");
      }
    }
    if (begin < 0 || end < begin) {
      throw new SafetensorsException(
          "tensor '" + name + "': data_offsets [" + begin + ", " + end + "] are not a range");
    }
    long expected = elementCount(name, shape) * dtype.byteSize();
    if (end - begin != expected) {
      throw new SafetensorsException(
          "tensor '" + name + "': data_offsets [" + begin + ", " + end + "] hold " + (end - begin)
              + " bytes but " + dtype + " " + Arrays.toString(shape) + " needs " + expected);
    }
  }

  private static long elementCount(String name, long[] shape) {
    long n = 1;
    for (long d : shape) {
      try {
        n = Math.multiplyExact(n, d);
      } catch (ArithmeticException e) {
        throw new SafetensorsException(
            "tensor '" + name + "': shape " + Arrays.toString(shape) + " overflows", e);
      }
    }
    return n;
  }

  /** A copy of the shape. */
  @Override
  public long[] shape() {
    return shape.clone();
  }

  /** Number of elements. */
  public long elementCount() {
    return elementCount(name, shape);
  }

  /** Number of data bytes. */
  public long byteCount() {
    return end - begin;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SafetensorsTensorInfo t && name.equals(t.name) && dtype == t.dtype
        && Arrays.equals(shape, t.shape) && begin == t.begin && end == t.end;
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(shape);
  }

  @Override
  public String toString() {
    return name + " " + dtype + Arrays.toString(shape) + " [" + begin + ", " + end + ")";
  }
}
