package io.ofa4j.modality.motion;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * A numeric array read from a {@code .npy} file, widened to double.
 *
 * @param shape dimensions, C order
 * @param data values in row-major order, {@code product(shape)} of them
 */
public record NpyArray(long[] shape, double[] data) {

  /** Checks that the value count matches the shape. */
  public NpyArray {
    requireNonNull(shape, "shape is null");
    requireNonNull(data, "data is null");
    long n = 1;
    for (long d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
      }
      n *= d;
    }
    if (n != data.length) {
      throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + n + " values, found " + data.length);
    }
  }

  /** The array as rows of a 2-D matrix; throws naming the shape when it is not 2-D. */
  public double[][] rows() {
    if (shape.length != 2) {
      throw new IllegalArgumentException("expected a 2-D array [frames, features], found shape " + Arrays.toString(shape));
    }
    int r = (int) shape[0];
    int c = (int) shape[1];
    double[][] out = new double[r][];
    for (int i = 0; i < r; i++) {
      out[i] = Arrays.copyOfRange(data, i * c, (i + 1) * c);
    }
    return out;
  }
}
