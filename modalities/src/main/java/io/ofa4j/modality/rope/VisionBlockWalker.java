package io.ofa4j.modality.rope;

import java.util.List;

/**
 * Walks one unpadded row of token ids and assigns 3-axis positions, consuming image and video
 * grids from the shared counters (the per-row loop of {@code get_rope_index}).
 */
final class VisionBlockWalker {
  private final RopeIndex ids;
  private final long[] tokens;
  private final List<int[]> images;
  private final List<int[]> videos;
  private final int[] counters;
  private final int row;
  private final long[][] out;
  private int filled;
  private long next;

  VisionBlockWalker(RopeIndex ids, long[] tokens, List<int[]> images, List<int[]> videos, int[] counters,
      int row) {
    this.ids = ids;
    this.tokens = tokens;
    this.images = images;
    this.videos = videos;
    this.counters = counters;
    this.row = row;
    this.out = new long[3][tokens.length];
  }

  /** {@code [3, n]} positions of the row's tokens. */
  long[][] positions() {
    int imageBlocks = 0;
    int videoBlocks = 0;
    for (int i = 0; i + 1 < tokens.length; i++) {
      if (tokens[i] == ids.visionStartTokenId()) {
        imageBlocks += tokens[i + 1] == ids.imageTokenId() ? 1 : 0;
        videoBlocks += tokens[i + 1] == ids.videoTokenId() ? 1 : 0;
      }
    }
    int st = 0;
    int blocks = imageBlocks + videoBlocks;
    for (int block = 0; block < blocks; block++) {
      int edImage = imageBlocks > 0 ? indexOf(ids.imageTokenId(), st) : tokens.length + 1;
      int edVideo = videoBlocks > 0 ? indexOf(ids.videoTokenId(), st) : tokens.length + 1;
      int[] grid;
      int ed;
      if (edImage < edVideo) {
        grid = take(images, 0, "image");
        imageBlocks--;
        ed = edImage;
      } else {
        grid = take(videos, 1, "video");
        videoBlocks--;
        ed = edVideo;
      }
      text(ed - st);
      int m = ids.spatialMergeSize();
      int gt = grid[0];
      int gh = grid[1] / m;
      int gw = grid[2] / m;
      long start = next;
      long max = start;
      for (int t = 0; t < gt; t++) {
        for (int h = 0; h < gh; h++) {
          for (int w = 0; w < gw; w++) {
            put(start + t, start + h, start + w);
            max = Math.max(max, Math.max(start + t, Math.max(start + h, start + w)));
          }
        }
      }
      next = max + 1;
      st = ed + gt * gh * gw;
    }
    if (st < tokens.length) {
      text(tokens.length - st);
    }
    if (filled != tokens.length) {
      throw new IllegalArgumentException("row " + row + ": vision grids cover " + filled
          + " positions but the row has " + tokens.length + " tokens (grid_thw and placeholder counts disagree)");
    }
    return out;
  }

  private void text(int len) {
    for (int i = 0; i < len; i++) {
      put(next + i, next + i, next + i);
    }
    next += len;
  }

  private void put(long t, long h, long w) {
    if (filled >= tokens.length) {
      throw new IllegalArgumentException("row " + row + ": vision grids need more placeholder tokens than the "
          + tokens.length + " tokens of the row");
    }
    out[0][filled] = t;
    out[1][filled] = h;
    out[2][filled] = w;
    filled++;
  }

  private int[] take(List<int[]> grids, int counter, String kind) {
    if (counters[counter] >= grids.size()) {
      throw new IllegalArgumentException("row " + row + ": needs " + kind + " grid #" + counters[counter]
          + " but only " + grids.size() + " " + kind + " grid_thw rows were given");
    }
    int[] g = grids.get(counters[counter]++);
    if (g.length != 3) {
      throw new IllegalArgumentException(kind + " grid_thw #" + (counters[counter] - 1) + " must have 3 entries, found "
          + g.length);
    }
    return g;
  }

  private int indexOf(long token, int from) {
    for (int i = from; i < tokens.length; i++) {
      if (tokens[i] == token) {
        return i;
      }
    }
    throw new IllegalArgumentException("row " + row + ": no token " + token + " after index " + from);
  }
}
