package io.ofa4j.runtime.generate;

import java.util.Arrays;

/** Validation shared by the searches: prompt ids, forced prefix and the model's logit rows. */
final class Prompts {
  private Prompts() {}

  /** Prompt {@code row} followed by the forced prefix, every id checked against the vocabulary. */
  static int[] withPrefix(GenerationRequest request, int row, int vocabSize) {
    int[] prompt = request.prompts().get(row);
    int[] prefix = request.forcedPrefix();
    int[] all = Arrays.copyOf(prompt, prompt.length + prefix.length);
    System.arraycopy(prefix, 0, all, prompt.length, prefix.length);
    if (all.length == 0) {
      throw new IllegalArgumentException("prompt " + row
          + " is empty and there is no forced prefix; give at least one token (Qwen2 adds no BOS)");
    }
    for (int i = 0; i < all.length; i++) {
      if (all[i] < 0 || all[i] >= vocabSize) {
        throw new IllegalArgumentException((i < prompt.length
            ? "prompt " + row + " token " + i : "forced prefix token " + (i - prompt.length))
            + " is " + all[i] + ", outside the model's vocabulary [0, " + vocabSize + ")");
      }
    }
    return all;
  }

  /** The model's logits, checked to be {@code [batch][vocabSize]}. */
  static float[][] checked(float[][] logits, int batch, int vocabSize) {
    if (logits == null || logits.length != batch) {
      throw new IllegalStateException("the model returned " + (logits == null ? "null" : logits.length
          + " logit rows") + " for a batch of " + batch);
    }
    for (int b = 0; b < batch; b++) {
      if (logits[b] == null || logits[b].length != vocabSize) {
        throw new IllegalStateException("the model returned logits of length "
            + (logits[b] == null ? "null" : logits[b].length) + " for row " + b
            + "; vocabSize() is " + vocabSize);
      }
    }
    return logits;
  }
}
