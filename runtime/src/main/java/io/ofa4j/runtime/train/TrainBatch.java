package io.ofa4j.runtime.train;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One micro-batch for the decoder, already laid out as {@code [B, T]} rows.
 *
 * <p>{@code labels[b][t]} is the token that position {@code t} must predict (already shifted, as
 * after HF's {@code shift_labels}); {@value #IGNORE_INDEX} means no loss there. The loss of a
 * token is weighted by {@code lossMask[b][t] * exampleWeights[b]}; per-task weights are folded
 * into {@code exampleWeights} by the caller.
 *
 * @param inputIds token ids {@code [B][T]}, looked up in {@code model.embed_tokens.weight} outside
 *     the graph; also the rows that receive the embedding gradient
 * @param inputsEmbeds {@code [B, T, H]} embeddings to use instead of the lookup (modality adapters),
 *     or {@code null}; when given, {@code inputIds} only marks rows (no gradient is scattered)
 * @param labels target ids {@code [B][T]}
 * @param lossMask per-token loss weight {@code [B][T]}, usually 0 or 1
 * @param attentionMask 1 for real tokens, 0 for padding {@code [B][T]} (keys with 0 are never attended)
 * @param positionIds RoPE positions {@code [B][T]}
 * @param exampleWeights per-example loss weight {@code [B]}
 */
public record TrainBatch(
    int[][] inputIds,
    INDArray inputsEmbeds,
    int[][] labels,
    float[][] lossMask,
    int[][] attentionMask,
    int[][] positionIds,
    float[] exampleWeights) {

  /** Label value that carries no loss (HF / PyTorch {@code ignore_index}). */
  public static final int IGNORE_INDEX = -100;

  public TrainBatch {
    requireNonNull(inputIds, "inputIds is null");
    requireNonNull(labels, "labels is null");
    requireNonNull(lossMask, "lossMask is null");
    requireNonNull(attentionMask, "attentionMask is null");
    requireNonNull(positionIds, "positionIds is null");
    requireNonNull(exampleWeights, "exampleWeights is null");
    int b = inputIds.length;
    if (b == 0 || inputIds[0].length == 0) {
      throw new IllegalArgumentException("batch is empty: " + b + " rows");
    }
    int t = inputIds[0].length;
    checkRows("inputIds", inputIds.length, b);
    checkRows("labels", labels.length, b);
    checkRows("lossMask", lossMask.length, b);
    checkRows("attentionMask", attentionMask.length, b);
    checkRows("positionIds", positionIds.length, b);
    checkRows("exampleWeights", exampleWeights.length, b);
    for (int r = 0; r < b; r++) {
      checkCols("inputIds", r, inputIds[r].length, t);
      checkCols("labels", r, labels[r].length, t);
      checkCols("lossMask", r, lossMask[r].length, t);
      checkCols("attentionMask", r, attentionMask[r].length, t);
      checkCols("positionIds", r, positionIds[r].length, t);
    }
    if (inputsEmbeds != null
        && (inputsEmbeds.rank() != 3 || inputsEmbeds.size(0) != b || inputsEmbeds.size(1) != t)) {
      throw new IllegalArgumentException("inputsEmbeds has shape " + Arrays.toString(inputsEmbeds.shape())
          + ", expected [" + b + ", " + t + ", H]");
    }
  }

  /** A batch of ids with every position attended, positions {@code 0..T-1} and unit example weights. */
  public static TrainBatch of(int[][] inputIds, int[][] labels, float[][] lossMask) {
    int b = inputIds.length;
    int t = b == 0 ? 0 : inputIds[0].length;
    int[][] attention = new int[b][t];
    int[][] positions = new int[b][t];
    for (int r = 0; r < b; r++) {
      Arrays.fill(attention[r], 1);
      for (int c = 0; c < t; c++) {
        positions[r][c] = c;
      }
    }
    float[] weights = new float[b];
    Arrays.fill(weights, 1f);
    return new TrainBatch(inputIds, null, labels, lossMask, attention, positions, weights);
  }

  /**
   * Causal language modelling on whole sequences: inputs are the sequences right-padded with
   * {@code padId} to the longest, labels are the next tokens, and every real next token carries
   * loss (as HF {@code Qwen2ForCausalLM} with {@code labels = input_ids}).
   */
  public static TrainBatch causalLm(List<int[]> sequences, int padId) {
    requireNonNull(sequences, "sequences is null");
    if (sequences.isEmpty()) {
      throw new IllegalArgumentException("sequences is empty");
    }
    int t = sequences.stream().mapToInt(s -> s.length).max().orElseThrow();
    int b = sequences.size();
    int[][] ids = new int[b][t];
    int[][] labels = new int[b][t];
    float[][] mask = new float[b][t];
    int[][] attention = new int[b][t];
    int[][] positions = new int[b][t];
    for (int r = 0; r < b; r++) {
      int[] s = sequences.get(r);
      if (s.length < 2) {
        throw new IllegalArgumentException("sequence " + r + " has " + s.length + " tokens, needs >= 2");
      }
      Arrays.fill(ids[r], padId);
      Arrays.fill(labels[r], IGNORE_INDEX);
      for (int c = 0; c < t; c++) {
        positions[r][c] = c;
      }
      for (int c = 0; c < s.length; c++) {
        ids[r][c] = s[c];
        attention[r][c] = 1;
        if (c + 1 < s.length) {
          labels[r][c] = s[c + 1];
          mask[r][c] = 1f;
        }
      }
    }
    float[] weights = new float[b];
    Arrays.fill(weights, 1f);
    return new TrainBatch(ids, null, labels, mask, attention, positions, weights);
  }

  /** The same batch with per-example loss weights (e.g. task weight times sample weight). */
  public TrainBatch withExampleWeights(float[] weights) {
    return new TrainBatch(inputIds, inputsEmbeds, labels, lossMask, attentionMask, positionIds, weights);
  }

  /** The same batch with every example weight multiplied by {@code taskWeight} (per-task loss weight). */
  public TrainBatch withTaskWeight(float taskWeight) {
    if (!(taskWeight >= 0) || Float.isInfinite(taskWeight)) {
      throw new IllegalArgumentException("taskWeight (" + taskWeight + ") must be finite and >= 0");
    }
    float[] scaled = exampleWeights.clone();
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] *= taskWeight;
    }
    return withExampleWeights(scaled);
  }

  /** The same batch with embeddings supplied by the caller instead of the token lookup. */
  public TrainBatch withInputsEmbeds(INDArray embeds) {
    return new TrainBatch(inputIds, embeds, labels, lossMask, attentionMask, positionIds, exampleWeights);
  }

  /** Batch size B. */
  public int batchSize() {
    return inputIds.length;
  }

  /** Sequence length T. */
  public int seqLen() {
    return inputIds[0].length;
  }

  /** Number of tokens that carry loss (label not ignored, mask non-zero): the mean's denominator. */
  public long lossTokenCount() {
    long n = 0;
    for (int r = 0; r < labels.length; r++) {
      for (int c = 0; c < labels[r].length; c++) {
        if (labels[r][c] != IGNORE_INDEX && lossMask[r][c] != 0f) {
          n++;
        }
      }
    }
    return n;
  }

  private static void checkRows(String field, int found, int expected) {
    if (found != expected) {
      throw new IllegalArgumentException(field + " has " + found + " rows, expected " + expected);
    }
  }

  private static void checkCols(String field, int row, int found, int expected) {
    if (found != expected) {
      throw new IllegalArgumentException(
          field + " row " + row + " has " + found + " columns, expected " + expected);
    }
  }
}
