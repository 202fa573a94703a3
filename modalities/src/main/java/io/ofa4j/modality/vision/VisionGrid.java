package io.ofa4j.modality.vision;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-patch geometry of a batch of images/videos for the vision tower: the 2-D rotary angles
 * ({@code rot_pos_emb}), the attention segments ({@code cu_seqlens}) and the matching additive
 * attention bias.
 *
 * @param grids {@code [n, 3]} grid_thw per image or video, in the order of the patch rows
 * @param mergeSize PatchMerger window side
 */
public record VisionGrid(List<int[]> grids, int mergeSize) {

  /** Rotary base of {@code VisionRotaryEmbedding}. */
  public static final double ROPE_THETA = 10000.0;

  /** Additive bias that removes a key from the softmax (exp underflows to exactly 0). */
  static final double MASKED = -1e9;

  /** Validates the grids: positive, spatial sides multiples of the merge size. */
  public VisionGrid {
    requireNonNull(grids, "grids is null");
    if (grids.isEmpty()) {
      throw new IllegalArgumentException("need at least one grid_thw, found none");
    }
    List<int[]> copy = new ArrayList<>();
    for (int i = 0; i < grids.size(); i++) {
      int[] g = requireNonNull(grids.get(i), "grid_thw #" + i + " is null");
      if (g.length != 3 || g[0] <= 0 || g[1] <= 0 || g[2] <= 0 || g[1] % mergeSize != 0 || g[2] % mergeSize != 0) {
        throw new IllegalArgumentException("grid_thw #" + i + " must be 3 positive values with h, w multiples of "
            + mergeSize + ", found " + Arrays.toString(g));
      }
      copy.add(g.clone());
    }
    grids = List.copyOf(copy);
  }

  /** Total patch rows {@code sum(t*h*w)}. */
  public int patches() {
    return grids.stream().mapToInt(g -> g[0] * g[1] * g[2]).sum();
  }

  /** Merged output tokens {@code patches / merge^2}. */
  public int mergedTokens() {
    return patches() / (mergeSize * mergeSize);
  }

  /** {@code cu_seqlens}: one segment per image and per temporal patch of a video. */
  public int[] cuSeqlens() {
    List<Integer> out = new ArrayList<>(List.of(0));
    int acc = 0;
    for (int[] g : grids) {
      for (int t = 0; t < g[0]; t++) {
        acc += g[1] * g[2];
        out.add(acc);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * {@code rot_pos_emb}: per patch (in merge-window row order) {@code [h*f..., w*f...]} with
   * {@code f = 1/theta^(arange(0, d, 2)/d)}, {@code d = headDim/2}. Shape {@code [N, headDim/2]}.
   */
  public double[][] rotaryAngles(int headDim) {
    int d = headDim / 2;
    double[] invFreq = new double[d / 2];
    for (int i = 0; i < invFreq.length; i++) {
      invFreq[i] = 1.0 / Math.pow(ROPE_THETA, (2.0 * i) / d);
    }
    double[][] out = new double[patches()][d];
    int row = 0;
    int m = mergeSize;
    for (int[] g : grids) {
      for (int t = 0; t < g[0]; t++) {
        for (int bh = 0; bh < g[1] / m; bh++) {
          for (int bw = 0; bw < g[2] / m; bw++) {
            for (int mh = 0; mh < m; mh++) {
              for (int mw = 0; mw < m; mw++) {
                int h = bh * m + mh;
                int w = bw * m + mw;
                for (int i = 0; i < invFreq.length; i++) {
                  out[row][i] = h * invFreq[i];
                  out[row][invFreq.length + i] = w * invFreq[i];
                }
                row++;
              }
            }
          }
        }
      }
    }
    return out;
  }

  /** Cosines of {@code cat(angles, angles)}: {@code [N, headDim]} row-major. */
  public double[] cos(int headDim) {
    return trig(headDim, true);
  }

  /** Sines of {@code cat(angles, angles)}: {@code [N, headDim]} row-major. */
  public double[] sin(int headDim) {
    return trig(headDim, false);
  }

  private double[] trig(int headDim, boolean cos) {
    double[][] a = rotaryAngles(headDim);
    int half = headDim / 2;
    double[] out = new double[a.length * headDim];
    for (int n = 0; n < a.length; n++) {
      for (int j = 0; j < headDim; j++) {
        double x = a[n][j % half];
        out[n * headDim + j] = cos ? Math.cos(x) : Math.sin(x);
      }
    }
    return out;
  }

  /** Additive attention bias {@code [N, N]}: 0 inside a {@code cu_seqlens} segment, else masked. */
  public double[] attentionBias() {
    int n = patches();
    int[] cu = cuSeqlens();
    int[] segment = new int[n];
    for (int s = 0; s + 1 < cu.length; s++) {
      for (int i = cu[s]; i < cu[s + 1]; i++) {
        segment[i] = s;
      }
    }
    double[] out = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        out[i * n + j] = segment[i] == segment[j] ? 0.0 : MASKED;
      }
    }
    return out;
  }
}
