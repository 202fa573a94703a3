package io.ofa4j.task.data;

/**
 * Where a {@link DatasetReader} stands, enough to resume the exact remaining sequence.
 *
 * <p>The reader shuffles in blocks: it reads up to {@code shuffleBuffer} examples starting at a
 * source position, permutes them with an RNG seeded from the reader seed and the block number, and
 * emits them. The position names the source position where the current block started, the block
 * number (which fixes the RNG state) and how many of the block's examples were emitted; resuming
 * re-reads that one block, applies the same permutation and skips the emitted ones.
 *
 * @param fileIndex index in the reader's file list of the block start
 * @param recordIndex records (good or malformed) consumed from that file before the block
 * @param byteOffset byte offset of the block start in that file, -1 when the format cannot seek
 * @param block number of the block (0-based), which seeds the block's permutation
 * @param emittedInBlock examples of that block already emitted
 */
public record ReaderPosition(int fileIndex, long recordIndex, long byteOffset, long block, int emittedInBlock) {

  /** The beginning of the data. */
  public static final ReaderPosition START = new ReaderPosition(0, 0, 0, 0, 0);

  public ReaderPosition {
    if (fileIndex < 0 || recordIndex < 0 || byteOffset < -1 || block < 0 || emittedInBlock < 0) {
      throw new IllegalArgumentException("invalid reader position: fileIndex=" + fileIndex
          + ", recordIndex=" + recordIndex + ", byteOffset=" + byteOffset + ", block=" + block
          + ", emittedInBlock=" + emittedInBlock);
    }
  }
}
