package io.ofa4j.modality.vision;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.image.VisionFeatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runs pre-processed images and videos through the vision tower in one pass (their patch rows
 * concatenated, attention kept inside each item by {@code cu_seqlens}) and returns the merged
 * tokens that replace the {@code <|image_pad|>}/{@code <|video_pad|>} placeholders, in order.
 */
public final class Qwen2VlVisionEncoder {
  private final Qwen2VisionTower tower;

  /** An encoder over {@code tower}. */
  public Qwen2VlVisionEncoder(Qwen2VisionTower tower) {
    this.tower = requireNonNull(tower, "tower is null");
  }

  /**
   * The merged tokens {@code [sum(visionTokens), hidden]} of {@code items}; the output shape is
   * checked against the placeholder count.
   */
  public INDArray encode(List<VisionFeatures> items) {
    requireNonNull(items, "items is null");
    if (items.isEmpty()) {
      throw new IllegalArgumentException("need at least one image or video, found none");
    }
    VisionTowerConfig cfg = tower.config();
    List<int[]> grids = new ArrayList<>();
    int rows = 0;
    int tokens = 0;
    for (int i = 0; i < items.size(); i++) {
      VisionFeatures f = requireNonNull(items.get(i), "item " + i + " is null");
      if (f.patchDim() != cfg.patchDim()) {
        throw new IllegalArgumentException("item " + i + " has patch rows of width " + f.patchDim()
            + " but the vision tower expects " + cfg.patchDim());
      }
      grids.add(f.gridThw());
      rows += f.rows();
      tokens += f.visionTokens();
    }
    float[] pixels = new float[Math.multiplyExact(rows, cfg.patchDim())];
    int off = 0;
    for (VisionFeatures f : items) {
      System.arraycopy(f.pixelValues(), 0, pixels, off, f.pixelValues().length);
      off += f.pixelValues().length;
    }
    INDArray out = tower.forward(Nd4j.create(pixels, new long[] {rows, cfg.patchDim()}, 'c'),
        new VisionGrid(grids, cfg.spatialMergeSize()));
    long[] expected = {tokens, cfg.hiddenSize()};
    if (!Arrays.equals(out.shape(), expected)) {
      throw new IllegalStateException("vision encoder output must be " + Arrays.toString(expected)
          + " (one row per placeholder token), found " + Arrays.toString(out.shape()));
    }
    return out;
  }
}
