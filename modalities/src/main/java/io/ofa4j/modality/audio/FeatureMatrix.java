package io.ofa4j.modality.audio;

import static java.util.Objects.requireNonNull;

/**
 * A dense row-major float matrix of audio features. Whisper log-mel uses {@code [mel bins,
 * frames]} (the Hugging Face {@code input_features[0]} layout); Kaldi fbank uses {@code [frames,
 * bins]} (Kaldi's layout). {@link #transpose()} converts between them.
 *
 * @param rows number of rows, >= 0
 * @param cols number of columns, >= 0
 * @param values {@code rows * cols} values, row-major
 */
public record FeatureMatrix(int rows, int cols, float[] values) {

  /** Checks that the value count equals {@code rows * cols}. */
  public FeatureMatrix {
    requireNonNull(values, "values is null");
    if (rows < 0 || cols < 0 || (long) rows * cols != values.length) {
      throw new IllegalArgumentException("feature matrix [" + rows + ", " + cols + "] needs "
          + (long) rows * cols + " values, found " + values.length);
    }
  }

  /** The value at {@code (r, c)}. */
  public float get(int r, int c) {
    return values[r * cols + c];
  }

  /** The transposed matrix (a copy). */
  public FeatureMatrix transpose() {
    float[] t = new float[values.length];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        t[c * rows + r] = values[r * cols + c];
      }
    }
    return new FeatureMatrix(cols, rows, t);
  }

  /** The shape as {@code [rows, cols]}. */
  public long[] shape() {
    return new long[] {rows, cols};
  }
}
