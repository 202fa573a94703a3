package io.ofa4j.modality.pipeline.predict;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.generate.CausalLanguageModel;
import io.ofa4j.runtime.generate.DecoderSession;
import io.ofa4j.runtime.model.Qwen2Model;
import io.ofa4j.runtime.model.Qwen2Session;

/**
 * A one-prompt view of a {@link Qwen2Model} whose first append (the prefill) feeds the prompt's
 * input embeddings, adapter spans spliced in, instead of looking the ids up; later appends (the
 * generated tokens) are ordinary. With M-RoPE positions the prefill rotates by temporal, height
 * and width axes and generation continues after the largest prompt position (Qwen2-VL). Lets the stock {@code Generator} and its constraints decode
 * after an image, audio or motion span.
 */
final class SpanPromptModel implements CausalLanguageModel {
  private final Qwen2Model model;
  private final float[][] promptEmbeddings; // [T, H]
  private final int[][] mrope; // [T][3] or null for 1-D positions

  SpanPromptModel(Qwen2Model model, float[][] promptEmbeddings, int[][] mrope) {
    this.model = requireNonNull(model, "model is null");
    this.promptEmbeddings = requireNonNull(promptEmbeddings, "promptEmbeddings is null");
    this.mrope = mrope;
  }

  @Override
  public int vocabSize() {
    return model.vocabSize();
  }

  @Override
  public DecoderSession startSession(int batch, int maxLength) {
    Qwen2Session inner = model.startSession(batch, maxLength);
    return new DecoderSession() {
      private boolean prefilled;

      @Override
      public float[][] append(int[][] tokens) {
        if (prefilled) {
          return inner.append(tokens);
        }
        prefilled = true;
        float[][][] embeds = new float[tokens.length][][];
        int[][][] pos3 = mrope == null ? null : new int[tokens.length][][];
        for (int r = 0; r < tokens.length; r++) {
          if (pos3 != null) {
            pos3[r] = mrope;
          }
          if (tokens[r].length != promptEmbeddings.length) {
            throw new IllegalStateException("prefill row " + r + " has " + tokens[r].length
                + " tokens, the prompt embeddings " + promptEmbeddings.length);
          }
          embeds[r] = promptEmbeddings;
        }
        return pos3 == null ? inner.append(tokens, embeds, null) : inner.appendMrope(tokens, embeds, pos3);
      }

      @Override
      public void reorder(int[] rows) {
        inner.reorder(rows);
      }

      @Override
      public int batch() {
        return inner.batch();
      }

      @Override
      public int length(int row) {
        return inner.length(row);
      }

      @Override
      public void close() {
        inner.close();
      }
    };
  }
}
