package io.ofa4j.modality.spi;

import java.nio.file.Path;
import java.util.Map;

/**
 * Shows what a modality's preprocessor makes of one input file, for {@code ofa4j preprocess}: a
 * summary (sizes, grid, token count, duration, ...) and the feature array, so a user can see why
 * an image became N tokens.
 */
public interface PreprocessInspector {

  /** The canonical modality name this inspector serves, e.g. {@code IMAGE}. */
  String modality();

  /**
   * Preprocesses {@code file} with the given slot attributes (as written, e.g.
   * {@code max_pixels=50176}) and describes the result.
   *
   * @throws IllegalArgumentException naming the file and the value found when the input is bad
   */
  Inspection inspect(Path file, Map<String, String> attributes);

  /**
   * The result of an inspection.
   *
   * @param summary ordered, JSON-friendly facts (numbers, strings, lists)
   * @param features the features in row-major order
   * @param shape the features' shape
   */
  record Inspection(Map<String, Object> summary, float[] features, long[] shape) {}
}
