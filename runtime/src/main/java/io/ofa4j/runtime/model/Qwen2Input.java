package io.ofa4j.runtime.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The inputs of one batched {@link Qwen2Model#forward} call, after HF
 * {@code Qwen2Model.forward(input_ids | inputs_embeds, attention_mask, position_ids)}.
 * Exactly one of {@code inputIds} and {@code inputsEmbeds} is given.
 *
 * @param inputIds token ids {@code [B][T]}, or null
 * @param inputsEmbeds embeddings {@code [B, T, H]} (e.g. from a modality adapter), or null
 * @param attentionMask 1 for real tokens, 0 for padding {@code [B][T]} (left or right padding);
 *     null means all ones
 * @param positionIds RoPE positions {@code [B][T]}; null means the index of each token among its
 *     row's real tokens ({@code cumsum(mask) - 1}, what HF {@code generate} passes)
 */
public record Qwen2Input(int[][] inputIds, INDArray inputsEmbeds, int[][] attentionMask,
    int[][] positionIds) {

  public Qwen2Input {
    if ((inputIds == null) == (inputsEmbeds == null)) {
      throw new IllegalArgumentException("give exactly one of inputIds and inputsEmbeds");
    }
    if (inputsEmbeds != null && inputsEmbeds.rank() != 3) {
      throw new IllegalArgumentException("inputsEmbeds must be [B, T, H], got rank "
          + inputsEmbeds.rank());
    }
    int b = batch(inputIds, inputsEmbeds);
    int t = inputIds != null ? (b == 0 ? 0 : inputIds[0].length) : (int) inputsEmbeds.size(1);
    if (inputIds != null) {
      checkRect("inputIds", inputIds, b, t);
    }
    if (attentionMask != null) {
      checkRect("attentionMask", attentionMask, b, t);
      for (int r = 0; r < b; r++) {
        for (int c = 0; c < t; c++) {
          if (attentionMask[r][c] != 0 && attentionMask[r][c] != 1) {
            throw new IllegalArgumentException("attentionMask[" + r + "][" + c + "] ("
                + attentionMask[r][c] + ") must be 0 or 1");
          }
        }
      }
    }
    if (positionIds != null) {
      checkRect("positionIds", positionIds, b, t);
    }
  }

  /** Token ids with an attention mask (null for none). */
  public static Qwen2Input ofIds(int[][] inputIds, int[][] attentionMask) {
    return new Qwen2Input(inputIds, null, attentionMask, null);
  }

  /** Input embeddings {@code [B, T, H]} with an attention mask (null for none). */
  public static Qwen2Input ofEmbeds(INDArray inputsEmbeds, int[][] attentionMask) {
    return new Qwen2Input(null, inputsEmbeds, attentionMask, null);
  }

  /** Batch size B. */
  public int batch() {
    return batch(inputIds, inputsEmbeds);
  }

  /** Padded length T. */
  public int length() {
    if (inputIds != null) {
      return inputIds.length == 0 ? 0 : inputIds[0].length;
    }
    return (int) inputsEmbeds.size(1);
  }

  /** Whether token (b, t) is real (not padding). */
  public boolean isReal(int b, int t) {
    return attentionMask == null || attentionMask[b][t] == 1;
  }

  private static int batch(int[][] ids, INDArray embeds) {
    return ids != null ? ids.length : (int) embeds.size(0);
  }

  private static void checkRect(String name, int[][] a, int b, int t) {
    if (a.length != b) {
      throw new IllegalArgumentException(name + " has " + a.length + " rows, expected " + b);
    }
    for (int r = 0; r < b; r++) {
      if (a[r] == null || a[r].length != t) {
        throw new IllegalArgumentException(name + "[" + r + "] has length "
            + (a[r] == null ? "null" : a[r].length) + ", expected " + t);
      }
    }
  }
}
