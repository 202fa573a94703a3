package io.ofa4j.modality.pipeline.predict;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.generate.CausalLanguageModel;
import io.ofa4j.runtime.generate.DecoderSession;
import io.ofa4j.runtime.model.Qwen2Model;
import io.ofa4j.runtime.model.Qwen2Session;

/**
 * A one-prompt view of a {@link Qwen2Model} whose first append (the prefill) feeds the prompt's
 * input embeddings, adapter spans spliced in, instead of looking the ids up; later appends (the
 * generated tokens) are ordinary. Lets the stock {@code Generator} and its constraints decode
 * after an image, audio or motion span.
 */
final class SpanPromptModel implements CausalLanguageModel {
  private final Qwen2Model model;
  private final float[][] promptEmbeddings; // [T, H]

  SpanPromptModel(Qwen2Model model, float[][] promptEmbeddings) {
    this.model = requireNonNull(model, "model is null");
    this.promptEmbeddings = requireNonNull(promptEmbeddings, "promptEmbeddings is null");
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
        for (int r = 0; r < tokens.length; r++) {
          if (tokens[r].length != promptEmbeddings.length) {
            throw new IllegalStateException("prefill row " + r + " has " + tokens[r].length
                + " tokens, the prompt embeddings " + promptEmbeddings.length);
          }
          embeds[r] = promptEmbeddings;
        }
        return inner.append(tokens, embeds, null);
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
