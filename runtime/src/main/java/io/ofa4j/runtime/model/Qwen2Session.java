package io.ofa4j.runtime.model;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.generate.DecoderSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Incremental decoding over a {@link Qwen2Model} with a per-row KV cache. All tokens of one
 * {@link #append} call (a ragged prefill of different-length prompts, or one token per row while
 * decoding) go through the decoder as one list, so each weight matrix is read once per call.
 * Positions continue from each row's length unless given explicitly.
 */
public final class Qwen2Session implements DecoderSession {
  private final Qwen2Model model;
  private KvCache cache;
  private float[][] lastLogits; // [B][vocab], null for a row not fed yet
  private int[] nextPosition; // [B]
  private float[] scratch = new float[0]; // lm_head output, reused across steps
  private boolean closed;

  Qwen2Session(Qwen2Model model, KvCache cache) {
    this.model = model;
    this.cache = cache;
    this.lastLogits = new float[cache.batch][];
    this.nextPosition = new int[cache.batch];
  }

  @Override
  public float[][] append(int[][] tokens) {
    return append(tokens, null, null);
  }

  /**
   * Appends tokens given as ids or as embeddings, with optional explicit RoPE positions.
   *
   * @param tokens ids per row {@code [B][n_b]}; ignored for rows whose {@code embeddings} are given
   * @param embeddings per row {@code [n_b][H]} input embeddings or null (for all or for a row)
   * @param positions per row {@code [n_b]} positions or null (continue from the last position)
   * @return logits after each row's last token {@code [B][vocab]}
   */
  public float[][] append(int[][] tokens, float[][][] embeddings, int[][] positions) {
    return append(tokens, embeddings, positions, null);
  }

  /**
   * M-RoPE addition (Qwen2-VL): appends tokens with 3-axis positions {@code [B][n_b][3]}
   * (temporal, height, width, as {@code get_rope_index} computes them; the config must carry
   * {@code rope_scaling.mrope_section}). Later plain appends continue at the row's largest
   * position + 1 on all axes, as HF's {@code rope_deltas} do.
   *
   * @param tokens ids per row; ignored for rows whose {@code embeddings} are given
   * @param embeddings per row {@code [n_b][H]} input embeddings or null
   * @param mrope per row and token the three positions
   * @return logits after each row's last token {@code [B][vocab]}
   */
  public float[][] appendMrope(int[][] tokens, float[][][] embeddings, int[][][] mrope) {
    requireNonNull(mrope, "mrope is null");
    return append(tokens, embeddings, null, mrope);
  }

  private float[][] append(int[][] tokens, float[][][] embeddings, int[][] positions, int[][][] mrope) {
    requireNonNull(tokens, "tokens is null");
    if (closed) {
      throw new IllegalStateException("session is closed");
    }
    int b = cache.batch;
    if (tokens.length != b) {
      throw new IllegalArgumentException("tokens has " + tokens.length + " rows, session has " + b);
    }
    int h = model.config().hiddenSize();
    List<int[]> order = new ArrayList<>(); // {row, index within the row}
    int[] count = new int[b];
    for (int r = 0; r < b; r++) {
      float[][] e = embeddings == null ? null : embeddings[r];
      count[r] = e != null ? e.length : requireNonNull(tokens[r], "tokens[" + r + "] is null").length;
      if (cache.lengths[r] + count[r] > cache.maxLength) {
        throw new IllegalArgumentException("row " + r + ": " + cache.lengths[r] + " cached + "
            + count[r] + " new tokens exceed maxLength " + cache.maxLength);
      }
      if (mrope != null && (mrope[r] == null || mrope[r].length != count[r])) {
        throw new IllegalArgumentException("mrope[" + r + "] has " + (mrope[r] == null ? 0 : mrope[r].length)
            + " positions for " + count[r] + " tokens");
      }
      if (positions != null && positions[r] != null && positions[r].length != count[r]) {
        throw new IllegalArgumentException("positions[" + r + "] has " + positions[r].length
            + " entries for " + count[r] + " tokens");
      }
      for (int j = 0; j < count[r]; j++) {
        order.add(new int[] {r, j});
      }
    }
    int n = order.size();
    float[] x = new float[n * h];
    int[] rows = new int[n];
    int[] pos = new int[n];
    int[] lastIndex = new int[b];
    Arrays.fill(lastIndex, -1);
    for (int i = 0; i < n; i++) {
      int r = order.get(i)[0];
      int j = order.get(i)[1];
      rows[i] = r;
      pos[i] = positions != null && positions[r] != null ? positions[r][j] : nextPosition[r] + j;
      float[][] e = embeddings == null ? null : embeddings[r];
      if (e != null) {
        if (e[j].length != h) {
          throw new IllegalArgumentException("embeddings[" + r + "][" + j + "] has "
              + e[j].length + " values, expected hidden_size " + h);
        }
        System.arraycopy(e[j], 0, x, i * h, h);
      } else {
        model.embed(tokens[r][j], "tokens[" + r + "][" + j + "]", x, i * h);
      }
      lastIndex[r] = i;
    }
    int[] logitRows = Arrays.stream(lastIndex).filter(i -> i >= 0).toArray();
    int[][] pos3 = null; // M-RoPE addition: [N][3] positions of the tokens in order
    if (mrope != null) {
      pos3 = new int[n][];
      for (int i = 0; i < n; i++) {
        int[] p = mrope[order.get(i)[0]][order.get(i)[1]];
        if (p.length != 3) {
          throw new IllegalArgumentException("mrope[" + order.get(i)[0] + "][" + order.get(i)[1]
              + "] has " + p.length + " axes, expected 3");
        }
        pos3[i] = p;
        pos[i] = Math.max(p[0], Math.max(p[1], p[2]));
      }
      for (int i = 0; i < n; i++) { // continue after the row's largest position (rope_deltas)
        int r = rows[i];
        pos[lastIndex[r]] = Math.max(pos[lastIndex[r]], pos[i]);
      }
    }
    int vocab = model.vocabSize();
    if (scratch.length < logitRows.length * vocab) {
      scratch = new float[logitRows.length * vocab];
    }
    float[] logits = pos3 == null ? model.run(x, rows, pos, cache, logitRows, scratch)
        : model.run(x, rows, pos3, cache, logitRows, scratch);
    int k = 0;
    for (int r = 0; r < b; r++) {
      if (lastIndex[r] >= 0) {
        if (lastLogits[r] == null) {
          lastLogits[r] = new float[vocab];
        }
        System.arraycopy(logits, k++ * vocab, lastLogits[r], 0, vocab);
        nextPosition[r] = pos[lastIndex[r]] + 1;
      }
    }
    float[][] out = new float[b][];
    for (int r = 0; r < b; r++) {
      out[r] = lastLogits[r] == null ? new float[vocab] : lastLogits[r].clone();
    }
    return out;
  }

  @Override
  public void reorder(int[] rows) {
    requireNonNull(rows, "rows is null");
    if (rows.length == 0) {
      throw new IllegalArgumentException("reorder needs at least one row");
    }
    KvCache next = cache.reordered(rows);
    float[][] logits = new float[rows.length][];
    int[] positions = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      logits[i] = lastLogits[rows[i]] == null ? null : lastLogits[rows[i]].clone();
      positions[i] = nextPosition[rows[i]];
    }
    cache = next;
    lastLogits = logits;
    nextPosition = positions;
  }

  @Override
  public int batch() {
    return cache.batch;
  }

  @Override
  public int length(int row) {
    if (row < 0 || row >= cache.batch) {
      throw new IndexOutOfBoundsException("row " + row + " of a batch of " + cache.batch);
    }
    return cache.lengths[row];
  }

  @Override
  public void close() {
    closed = true;
    cache = new KvCache(0, cache.batch, 1, 1, 1);
    scratch = new float[0];
  }
}
