package io.ofa4j.modality.pipeline.predict;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.box.BoundingBox;

/**
 * One item of a REPEATED box + label target.
 *
 * @param box in original-image pixels
 * @param label the generated label text
 */
public record DetectedObject(BoundingBox box, String label) {
  public DetectedObject {
    requireNonNull(box, "box is null");
    requireNonNull(label, "label is null");
  }
}
