package io.ofa4j.modality.rope;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;

/**
 * Qwen2-VL multimodal position ids ({@code Qwen2VLModel.get_rope_index}, transformers 4.57.1).
 *
 * <p>Text tokens take consecutive positions, equal on the temporal, height and width axes. A
 * vision block starting at position {@code s} (the first {@code <|image_pad|>}/{@code
 * <|video_pad|>} after {@code <|vision_start|>}) gives its merged token {@code (ti, hi, wi)} the
 * positions {@code (s+ti, s+hi, s+wi)}, row-major over {@code t, h/m, w/m}; the next text token
 * continues at {@code max(block) + 1}. Padded slots (mask 0) keep position 1. Image and video
 * grids are consumed in batch order with separate counters.
 *
 * @param imageTokenId {@code image_token_id} (151655)
 * @param videoTokenId {@code video_token_id} (151656)
 * @param visionStartTokenId {@code vision_start_token_id} (151652)
 * @param spatialMergeSize {@code spatial_merge_size} (2)
 */
public record RopeIndex(long imageTokenId, long videoTokenId, long visionStartTokenId, int spatialMergeSize) {

  /** Validates the merge size. */
  public RopeIndex {
    if (spatialMergeSize <= 0) {
      throw new IllegalArgumentException("spatial_merge_size must be positive, found " + spatialMergeSize);
    }
  }

  /** The ids of Hugging Face's {@code Qwen2VLConfig} defaults. */
  public static RopeIndex qwen2Vl() {
    return new RopeIndex(151655, 151656, 151652, 2);
  }

  /**
   * Positions and deltas.
   *
   * @param positionIds {@code [3, B, T]}: temporal, height, width positions
   * @param ropeDeltas {@code [B]}: {@code max position + 1 - T}, the offset generation adds to
   *     the plain text position of later tokens
   */
  public record Result(long[][][] positionIds, long[] ropeDeltas) {
    /** Checks the leading axis. */
    public Result {
      requireNonNull(positionIds, "positionIds is null");
      requireNonNull(ropeDeltas, "ropeDeltas is null");
      if (positionIds.length != 3 || positionIds[0].length != ropeDeltas.length) {
        throw new IllegalArgumentException("positionIds must be [3, B, T] with B = " + ropeDeltas.length
            + ", found [" + positionIds.length + ", " + (positionIds.length > 0 ? positionIds[0].length : 0) + ", ...]");
      }
    }
  }

  /**
   * The position of a token generated after the prompt, at cache index {@code cachePosition} of
   * row {@code row}: {@code cachePosition + rope_delta}, equal on all three axes (text).
   */
  public static long generatedPosition(Result prompt, int row, long cachePosition) {
    requireNonNull(prompt, "prompt is null");
    return cachePosition + prompt.ropeDeltas()[row];
  }

  /**
   * Computes the position ids.
   *
   * @param inputIds {@code [B, T]} token ids
   * @param attentionMask {@code [B, T]} 1 for real tokens, 0 for padding; {@code null} = all ones
   * @param imageGridThw {@code [n, 3]} image grids in batch order; {@code null} or empty if none
   * @param videoGridThw {@code [n, 3]} video grids in batch order; {@code null} or empty if none
   */
  public Result compute(long[][] inputIds, int[][] attentionMask, List<int[]> imageGridThw,
      List<int[]> videoGridThw) {
    requireNonNull(inputIds, "inputIds is null");
    int batch = inputIds.length;
    int seq = batch == 0 ? 0 : inputIds[0].length;
    List<int[]> images = imageGridThw == null ? List.of() : imageGridThw;
    List<int[]> videos = videoGridThw == null ? List.of() : videoGridThw;
    int[][] mask = attentionMask != null ? attentionMask : ones(batch, seq);
    checkShapes(inputIds, mask, seq);
    long[][][] pos = new long[3][batch][seq];
    long[] deltas = new long[batch];
    if (images.isEmpty() && videos.isEmpty()) {
      textOnly(mask, attentionMask != null, pos, deltas);
      return new Result(pos, deltas);
    }
    int[] counters = new int[2]; // next image, next video
    for (int b = 0; b < batch; b++) {
      int[] kept = indices(mask[b]);
      long[] tokens = new long[kept.length];
      for (int j = 0; j < kept.length; j++) {
        tokens[j] = inputIds[b][kept[j]];
      }
      long[][] rowPos = new VisionBlockWalker(this, tokens, images, videos, counters, b).positions();
      for (int a = 0; a < 3; a++) {
        Arrays.fill(pos[a][b], 1);
        for (int j = 0; j < kept.length; j++) {
          pos[a][b][kept[j]] = rowPos[a][j];
        }
      }
      long max = Long.MIN_VALUE;
      for (long[] axis : rowPos) {
        for (long v : axis) {
          max = Math.max(max, v);
        }
      }
      deltas[b] = (kept.length == 0 ? 0 : max + 1) - seq;
    }
    return new Result(pos, deltas);
  }

  private static void textOnly(int[][] mask, boolean masked, long[][][] pos, long[] deltas) {
    int seq = mask.length == 0 ? 0 : mask[0].length;
    for (int b = 0; b < mask.length; b++) {
      long running = -1;
      long max = Long.MIN_VALUE;
      for (int t = 0; t < seq; t++) {
        long p;
        if (masked) {
          running += mask[b][t];
          p = mask[b][t] == 0 ? 1 : running; // cumsum(mask) - 1, padded slots filled with 1
        } else {
          p = t;
        }
        for (int a = 0; a < 3; a++) {
          pos[a][b][t] = p;
        }
        max = Math.max(max, p);
      }
      deltas[b] = masked ? max + 1 - seq : 0;
    }
  }

  private static void checkShapes(long[][] ids, int[][] mask, int seq) {
    if (mask.length != ids.length) {
      throw new IllegalArgumentException("attention_mask has " + mask.length + " rows, input_ids " + ids.length);
    }
    for (int b = 0; b < ids.length; b++) {
      if (ids[b].length != seq || mask[b].length != seq) {
        throw new IllegalArgumentException("row " + b + ": input_ids length " + ids[b].length
            + " and attention_mask length " + mask[b].length + " must both be " + seq);
      }
    }
  }

  private static int[] indices(int[] maskRow) {
    int n = 0;
    for (int m : maskRow) {
      n += m == 1 ? 1 : 0;
    }
    int[] out = new int[n];
    int k = 0;
    for (int i = 0; i < maskRow.length; i++) {
      if (maskRow[i] == 1) {
        out[k++] = i;
      }
    }
    return out;
  }

  private static int[][] ones(int b, int t) {
    int[][] m = new int[b][t];
    for (int[] row : m) {
      Arrays.fill(row, 1);
    }
    return m;
  }
}
