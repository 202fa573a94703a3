package io.ofa4j.modality.pipeline.adapter;

import static java.util.Objects.requireNonNull;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Absolute 2-D Fourier features of the merged vision tokens' centres, {@code [tokens, H]}: the
 * first {@code H/2} channels encode the column centre {@code u = (col + 0.5) / cols}, the rest the
 * row centre, each as {@code [sin(w_0 u), cos(w_0 u), ...]} with frequencies geometric from
 * {@code pi/2} to {@code 16 pi}.
 *
 * <p>Why: grounding reads coordinates out of the image tokens. Qwen2-VL gets where a token lies
 * from M-RoPE inside attention and needs pre-training at scale to turn that into box numbers; OFA
 * adds absolute position embeddings to its image patches. A model trained from scratch in
 * minutes learned boxes only once each token carried its position as a feature weighted by how
 * much the token differs from the background ({@link #weightBySaliency}; measured on the refcoco
 * synthetic task, see presets/QUICKSTART.md). Tokens are in Qwen2-VL's merged order: frames, then
 * rows, then columns of merge windows.
 */
public final class GridPositionCode {
  private GridPositionCode() {}

  /**
   * The code of one grid.
   *
   * @param grid {@code [t, h, w]} in patches
   * @param merge merge window side (h and w are multiples of it)
   * @param hidden output width H (even, >= 4)
   * @return row-major {@code [t * h/merge * w/merge, H]}
   */
  public static float[] code(int[] grid, int merge, int hidden) {
    requireNonNull(grid, "grid is null");
    if (hidden < 4 || hidden % 4 != 0) {
      throw new IllegalArgumentException("position code width must be a positive multiple of 4, found " + hidden);
    }
    int rows = grid[1] / merge;
    int cols = grid[2] / merge;
    int half = hidden / 2;
    float[] out = new float[grid[0] * rows * cols * hidden];
    int k = 0;
    for (int t = 0; t < grid[0]; t++) {
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          fourier(out, k * hidden, half, (c + 0.5) / cols);
          fourier(out, k * hidden + half, half, (r + 0.5) / rows);
          k++;
        }
      }
    }
    return out;
  }

  /**
   * Writes {@code [sin(w_0 u), cos(w_0 u), sin(w_1 u), ...]} ({@code width / 2} pairs) at {@code
   * out[at..]}: the features of a coordinate {@code u} in {@code [0, 1]}. Location-token
   * embeddings start from the same features (presets' {@code location_init: sinusoidal}), so that
   * copying a token's position code to the output already scores the bins near it highest.
   */
  public static void fourier(float[] out, int at, int width, double u) {
    int pairs = width / 2;
    for (int j = 0; j < pairs; j++) {
      double w = Math.PI / 2 * Math.pow(32, pairs == 1 ? 0 : j / (double) (pairs - 1));
      out[at + 2 * j] = (float) Math.sin(w * u);
      out[at + 2 * j + 1] = (float) Math.cos(w * u);
    }
  }

  /**
   * Scales each token's code row by the token's saliency: the mean distance of its patches'
   * pixels from the image's mean patch, divided by the image's largest such value (so in [0, 1];
   * a uniform image gets no code). Why: under uniform attention the average of plain codes is the
   * image centre whatever the image holds, so early in training a box gets no signal from the
   * image tokens and the tower learns to drown them (measured: every token the same vector); with
   * the code carried by the tokens that differ from the background, even the average says where
   * the shapes are. Parameter-free, so the optimiser cannot cancel it.
   *
   * @param code {@code [tokens, hidden]} row-major, changed in place
   * @param hidden row width
   * @param pixels {@code [patches, patchDim]} of this grid, merge windows contiguous
   * @param window patches per token ({@code merge^2})
   */
  public static void weightBySaliency(float[] code, int hidden, INDArray pixels, int window) {
    requireNonNull(pixels, "pixels is null");
    int patches = (int) pixels.size(0);
    if ((long) patches / window * hidden != code.length) {
      throw new IllegalArgumentException("code of " + code.length / hidden + " tokens for " + patches
          + " patches in windows of " + window);
    }
    INDArray mean = pixels.mean(true, 0); // [1, patchDim]
    double[] distance = pixels.subRowVector(mean).norm2(1).toDoubleVector(); // [patches]
    double[] saliency = new double[patches / window];
    double max = 0;
    for (int k = 0; k < saliency.length; k++) {
      for (int j = 0; j < window; j++) {
        saliency[k] += distance[k * window + j] / window;
      }
      max = Math.max(max, saliency[k]);
    }
    for (int k = 0; k < saliency.length; k++) {
      float w = max == 0 ? 0f : (float) (saliency[k] / max);
      for (int c = 0; c < hidden; c++) {
        code[k * hidden + c] *= w;
      }
    }
  }
}
