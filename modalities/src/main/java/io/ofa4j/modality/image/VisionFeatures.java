package io.ofa4j.modality.image;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The output of Qwen2-VL pre-processing for one image or video.
 *
 * @param pixelValues {@code [t*h*w, 3*temporal*patch*patch]} row-major float32 patch rows in
 *     Hugging Face order (merge windows contiguous)
 * @param patchDim columns per row (1176)
 * @param gridThw {@code [t, h, w]} in patches: temporal patches, rows, columns
 * @param resized the resized uint8 frames, before normalisation (one for an image)
 * @param mergeSize side of the merge window, to count vision tokens
 */
public record VisionFeatures(float[] pixelValues, int patchDim, int[] gridThw, List<RgbImage> resized,
    int mergeSize) {

  /** Checks that the row count equals {@code t*h*w}. */
  public VisionFeatures {
    requireNonNull(pixelValues, "pixelValues is null");
    requireNonNull(gridThw, "gridThw is null");
    resized = List.copyOf(requireNonNull(resized, "resized is null"));
    if (gridThw.length != 3) {
      throw new IllegalArgumentException("grid_thw must have 3 entries, found " + gridThw.length);
    }
    long rows = (long) gridThw[0] * gridThw[1] * gridThw[2];
    if (rows * patchDim != pixelValues.length) {
      throw new IllegalArgumentException("pixel_values of grid_thw " + List.of(gridThw[0], gridThw[1], gridThw[2])
          + " needs [" + rows + ", " + patchDim + "] values, found " + pixelValues.length);
    }
    gridThw = gridThw.clone();
  }

  /** Number of patch rows, {@code t*h*w}. */
  public int rows() {
    return gridThw[0] * gridThw[1] * gridThw[2];
  }

  /** Number of merged tokens the vision tower emits: {@code t*h*w / merge^2}. */
  public int visionTokens() {
    return rows() / (mergeSize * mergeSize);
  }

  /** Shape {@code [rows, patchDim]}. */
  public long[] shape() {
    return new long[] {rows(), patchDim};
  }
}
