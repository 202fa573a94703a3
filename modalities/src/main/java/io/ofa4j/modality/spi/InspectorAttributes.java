package io.ofa4j.modality.spi;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The opening shared by {@link PreprocessInspector}s whose attributes are plain text: reject
 * attribute names the modality does not know, then start the ordered summary with the file.
 */
public final class InspectorAttributes {
  private InspectorAttributes() {}

  /**
   * Checks {@code attributes} against {@code known} and returns a fresh summary map holding
   * {@code file}.
   *
   * @throws IllegalArgumentException naming the modality, the unknown attribute and the known ones
   */
  public static Map<String, Object> startSummary(
      String modality, Path file, Map<String, String> attributes, Set<String> known) {
    requireNonNull(modality, "modality is null");
    requireNonNull(file, "file is null");
    requireNonNull(attributes, "attributes is null");
    requireNonNull(known, "known is null");
    for (String k : attributes.keySet()) {
      if (!known.contains(k)) {
        throw new IllegalArgumentException(
            "unknown " + modality + " attribute '" + k + "'; known: " + new TreeSet<>(known));
      }
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("file", file.toString());
    return summary;
  }
}
