package io.ofa4j.preset.run;

import io.ofa4j.modality.pipeline.predict.PredictOptions;
import io.ofa4j.preset.recipe.GenerationSection;
import io.ofa4j.task.catalog.TaskSpec;
import java.util.List;

/**
 * How a task decodes at evaluation and inference: the preset's {@code generation} section over the
 * catalog's {@code max_new_tokens} / {@code num_beams} (Hugging Face {@code generate} options).
 *
 * @param maxNewTokens most generated tokens
 * @param numBeams beams (1 = greedy)
 * @param lengthPenalty beam-search length normalisation exponent
 * @param noRepeatNgramSize n-gram size that may not repeat in free text (0 = off)
 */
public record Decoding(int maxNewTokens, int numBeams, double lengthPenalty, int noRepeatNgramSize) {
  public Decoding {
    if (maxNewTokens <= 0 || numBeams <= 0 || noRepeatNgramSize < 0 || !Double.isFinite(lengthPenalty)) {
      throw new IllegalArgumentException("decoding needs max_new_tokens > 0 (found " + maxNewTokens
          + "), num_beams > 0 (found " + numBeams + "), no_repeat_ngram_size >= 0 (found "
          + noRepeatNgramSize + ") and a finite length_penalty (found " + lengthPenalty + ")");
    }
  }

  /** Greedy decoding of at most {@code maxNewTokens}. */
  public static Decoding greedy(int maxNewTokens) {
    return new Decoding(maxNewTokens, 1, 1.0, 0);
  }

  /**
   * The preset's options for a catalog task: the smaller token budget of the two; the preset's
   * beams when it asks for a search (num_beams > 1), else the catalog's.
   */
  public static Decoding of(GenerationSection preset, TaskSpec spec) {
    return of(preset, Math.max(1, Math.min(preset.maxNewTokens(), spec.maxNewTokens())), spec.numBeams());
  }

  /**
   * The preset's options with a fixed token budget: its beams when it asks for a search
   * (num_beams > 1), else {@code catalogBeams}.
   */
  public static Decoding of(GenerationSection preset, int maxNewTokens, int catalogBeams) {
    int beams = preset.numBeams() > 1 ? preset.numBeams() : catalogBeams;
    return new Decoding(maxNewTokens, beams, preset.lengthPenalty(), preset.noRepeatNgramSize());
  }

  /** Predictor options with {@code labels} (empty unless the target is a closed set). */
  public PredictOptions options(List<String> labels) {
    PredictOptions base = PredictOptions.defaults();
    return new PredictOptions(maxNewTokens, labels, base.maxObjects(), numBeams, lengthPenalty, noRepeatNgramSize);
  }
}
