package io.ofa4j.modality.pipeline.adapter;

import static java.util.Objects.requireNonNull;

/**
 * Absolute 2-D Fourier features of the merged vision tokens' centres, {@code [tokens, H]}: the
 * first {@code H/2} channels encode the column centre {@code u = (col + 0.5) / cols}, the rest the
 * row centre, each as {@code [sin(w_0 u), cos(w_0 u), ...]} with frequencies geometric from
 * {@code pi/2} to {@code 16 pi}.
 *
 * <p>Why: grounding reads coordinates out of the image tokens. Qwen2-VL gets where a token lies
 * from M-RoPE inside attention and needs pre-training at scale to turn that into box numbers; OFA
 * adds absolute position embeddings to its image patches. A model trained from scratch in
 * minutes learns boxes only when each token carries its position as a feature (measured on the
 * refcoco synthetic task: see presets/QUICKSTART.md). Tokens are in Qwen2-VL's merged order:
 * frames, then rows, then columns of merge windows.
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
}
