package io.ofa4j.preset.cli;

import io.ofa4j.runtime.generate.GenerationConfig;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The decoding options of {@code ofa4j generate}, applied over the model's
 * {@code generation_config.json}. Greedy unless {@code --do-sample} or a sampling option
 * (temperature, top-k, top-p) is given, whatever the file says; beam search with
 * {@code --num-beams} > 1.
 */
final class GenerationOptions {

  @Option(names = "--max-new-tokens", paramLabel = "N", description = "Most new tokens"
      + " (default: the file's max_new_tokens, else 20).")
  Integer maxNewTokens;

  @Option(names = "--min-new-tokens", paramLabel = "N", description = "End ids are masked"
      + " until N tokens were generated.")
  Integer minNewTokens;

  @Option(names = "--do-sample", description = "Sample instead of taking the argmax.")
  boolean doSample;

  @Option(names = "--temperature", paramLabel = "T", description = "Sampling temperature.")
  Double temperature;

  @Option(names = "--top-k", paramLabel = "K", description = "Sample among the K best (0: all).")
  Integer topK;

  @Option(names = "--top-p", paramLabel = "P", description = "Nucleus sampling mass in (0, 1].")
  Double topP;

  @Option(names = "--repetition-penalty", paramLabel = "R", description = "CTRL penalty (> 1"
      + " discourages repeats).")
  Double repetitionPenalty;

  @Option(names = "--seed", paramLabel = "S", description = "Sampling seed (default: 0).")
  Long seed;

  @Option(names = "--num-beams", paramLabel = "K", description = "Beam search with K beams.")
  Integer numBeams;

  @Option(names = "--length-penalty", paramLabel = "A", description = "Beam score is sum"
      + " logprob / length^A.")
  Double lengthPenalty;

  @Option(names = "--early-stopping", description = "Beam search stops once K hypotheses end.")
  boolean earlyStopping;

  @Option(names = "--no-repeat-ngram-size", paramLabel = "N", description = "Never repeat an"
      + " n-gram of this size.")
  Integer noRepeatNgramSize;

  @Option(names = "--stop", paramLabel = "TEXT", description = "Stop when the output contains"
      + " TEXT (repeatable).")
  List<String> stop;

  @Option(names = "--ignore-eos", description = "Do not stop at end-of-sequence ids.")
  boolean ignoreEos;

  /** {@code defaults} (from the model's files) with these options applied. */
  GenerationConfig apply(GenerationConfig.Builder defaults) {
    boolean sample = doSample || temperature != null || topK != null || topP != null;
    defaults.optDoSample(sample);
    if (maxNewTokens != null) {
      defaults.optMaxNewTokens(maxNewTokens);
    }
    if (minNewTokens != null) {
      defaults.optMinNewTokens(minNewTokens);
    }
    if (temperature != null) {
      defaults.optTemperature(temperature);
    }
    if (topK != null) {
      defaults.optTopK(topK);
    }
    if (topP != null) {
      defaults.optTopP(topP);
    }
    if (repetitionPenalty != null) {
      defaults.optRepetitionPenalty(repetitionPenalty);
    }
    if (seed != null) {
      defaults.optSeed(seed);
    }
    if (numBeams != null) {
      defaults.optNumBeams(numBeams);
    }
    if (lengthPenalty != null) {
      defaults.optLengthPenalty(lengthPenalty);
    }
    if (earlyStopping) {
      defaults.optEarlyStopping(true);
    }
    if (noRepeatNgramSize != null) {
      defaults.optNoRepeatNgramSize(noRepeatNgramSize);
    }
    if (stop != null) {
      defaults.optStopStrings(stop);
    }
    if (ignoreEos) {
      defaults.optEosTokenIds(List.of());
    }
    return defaults.build();
  }
}
