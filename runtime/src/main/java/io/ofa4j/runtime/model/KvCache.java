package io.ofa4j.runtime.model;

/**
 * Keys and values of every layer for a batch of rows: per layer {@code [B, kvHeads, maxLength, D]}
 * (rotated keys, as HF's {@code DynamicCache} stores them). Each row has its own length, so rows
 * with prompts of different lengths need no padding.
 */
final class KvCache {
  final int batch;
  final int maxLength;
  final int kvHeads;
  final int headDim;
  final float[][] keys; // [layers][B * kvHeads * maxLength * D]
  final float[][] values;
  final int[] lengths; // [B]

  KvCache(int layers, int batch, int maxLength, int kvHeads, int headDim) {
    long perLayer = (long) batch * kvHeads * maxLength * headDim;
    if (perLayer > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("KV cache of batch " + batch + " x maxLength " + maxLength
          + " x " + kvHeads + " heads x " + headDim + " exceeds 2^31 floats per layer");
    }
    this.batch = batch;
    this.maxLength = maxLength;
    this.kvHeads = kvHeads;
    this.headDim = headDim;
    this.keys = new float[layers][(int) perLayer];
    this.values = new float[layers][(int) perLayer];
    this.lengths = new int[batch];
  }

  /** Offset of (row, kvHead, slot) in a layer array. */
  int offset(int row, int kvHead, int slot) {
    return ((row * kvHeads + kvHead) * maxLength + slot) * headDim;
  }

  /** A cache whose row {@code i} copies this cache's row {@code rows[i]}. */
  KvCache reordered(int[] rows) {
    KvCache out = new KvCache(keys.length, rows.length, maxLength, kvHeads, headDim);
    int rowSize = kvHeads * maxLength * headDim;
    for (int i = 0; i < rows.length; i++) {
      int src = rows[i];
      if (src < 0 || src >= batch) {
        throw new IllegalArgumentException("reorder: rows[" + i + "] (" + src
            + ") is not a row of a batch of " + batch);
      }
      for (int l = 0; l < keys.length; l++) {
        System.arraycopy(keys[l], src * rowSize, out.keys[l], i * rowSize, rowSize);
        System.arraycopy(values[l], src * rowSize, out.values[l], i * rowSize, rowSize);
      }
      out.lengths[i] = lengths[src];
    }
    return out;
  }
}
