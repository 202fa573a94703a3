package io.ofa4j.modality.pipeline.encode;

import io.ofa4j.runtime.train.TrainBatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Pads encoded examples into batches: right padding with {@code padId}, labels {@code -100},
 * loss mask 0 and attention mask 0 on padding (keys never attended); positions continue past the
 * end so that RoPE tables stay defined. {@link #buckets} groups examples of similar length.
 */
public final class Collator {
  private final int padId;
  private final int padMultiple;

  /** A collator padding with {@code padId} (e.g. {@code <|endoftext|>}) to the longest row. */
  public Collator(int padId) {
    this(padId, 1);
  }

  /**
   * A collator padding to the longest row rounded up to a multiple of {@code padMultiple}: the
   * training graph is built once per batch shape, so fewer distinct lengths mean fewer rebuilds.
   */
  public Collator(int padId, int padMultiple) {
    if (padMultiple <= 0) {
      throw new IllegalArgumentException("padMultiple must be > 0, found " + padMultiple);
    }
    this.padId = padId;
    this.padMultiple = padMultiple;
  }

  /** One batch of {@code examples}, padded to the longest (rounded up to the pad multiple). */
  public MultimodalBatch collate(List<EncodedExample> examples) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no examples to collate");
    }
    int b = examples.size();
    int longest = examples.stream().mapToInt(EncodedExample::length).max().orElseThrow();
    int t = (longest + padMultiple - 1) / padMultiple * padMultiple;
    int[][] ids = new int[b][t];
    int[][] labels = new int[b][t];
    float[][] mask = new float[b][t];
    int[][] attention = new int[b][t];
    int[][] positions = new int[b][t];
    float[] weights = new float[b];
    boolean anyMrope = examples.stream().anyMatch(e -> e.mrope() != null);
    long[][][] mrope = anyMrope ? new long[3][b][t] : null;
    List<List<AdapterSpan>> spans = new ArrayList<>();
    for (int r = 0; r < b; r++) {
      EncodedExample e = examples.get(r);
      int n = e.length();
      Arrays.fill(ids[r], padId);
      Arrays.fill(labels[r], TrainBatch.IGNORE_INDEX);
      System.arraycopy(e.ids(), 0, ids[r], 0, n);
      System.arraycopy(e.labels(), 0, labels[r], 0, n);
      System.arraycopy(e.lossMask(), 0, mask[r], 0, n);
      Arrays.fill(attention[r], 0, n, 1);
      int last = n == 0 ? -1 : e.positions()[n - 1];
      for (int c = 0; c < t; c++) {
        positions[r][c] = c < n ? e.positions()[c] : ++last;
      }
      if (anyMrope) {
        for (int a = 0; a < 3; a++) {
          long next = 0;
          for (int c = 0; c < t; c++) {
            long p = c < n ? (e.mrope() != null ? e.mrope()[a][c] : e.positions()[c]) : next;
            mrope[a][r][c] = p;
            next = p + 1;
          }
        }
      }
      weights[r] = 1f;
      spans.add(e.spans());
    }
    TrainBatch tokens = new TrainBatch(ids, null, labels, mask, attention, positions, weights);
    return new MultimodalBatch(tokens, spans, mrope);
  }

  /**
   * Length bucketing: sorts {@code examples} by length and cuts runs of at most {@code batchSize}
   * examples and {@code maxTokens} padded tokens (B x longest), so little padding is computed.
   */
  public static List<List<EncodedExample>> buckets(List<EncodedExample> examples, int batchSize, int maxTokens) {
    if (batchSize < 1 || maxTokens < 1) {
      throw new IllegalArgumentException("batchSize " + batchSize + " and maxTokens " + maxTokens + " must be >= 1");
    }
    List<EncodedExample> sorted = new ArrayList<>(examples);
    sorted.sort(Comparator.comparingInt(EncodedExample::length));
    List<List<EncodedExample>> out = new ArrayList<>();
    List<EncodedExample> cur = new ArrayList<>();
    for (EncodedExample e : sorted) {
      int longest = Math.max(e.length(), cur.isEmpty() ? 0 : cur.get(cur.size() - 1).length());
      if (!cur.isEmpty() && (cur.size() == batchSize || (long) longest * (cur.size() + 1) > maxTokens)) {
        out.add(cur);
        cur = new ArrayList<>();
      }
      cur.add(e);
    }
    if (!cur.isEmpty()) {
      out.add(cur);
    }
    return out;
  }
}
