package io.ofa4j.runtime.generate;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * How to generate, with Hugging Face {@code GenerationConfig} names and semantics. Greedy unless
 * {@code doSample} (temperature, top-k, top-p) or {@code numBeams > 1} (beam search). Build one
 * with {@link #builder()}, or read a model's defaults with {@link GenerationConfigReader}.
 *
 * @param maxNewTokens most tokens to generate after the prompt and forced prefix (>= 1)
 * @param minNewTokens end-of-sequence ids are masked until this many were generated
 * @param doSample sample instead of taking the argmax
 * @param temperature divides the logits before sampling (> 0)
 * @param topK keep the k most likely tokens when sampling, ties included; 0 disables
 * @param topP keep the smallest set of most likely tokens whose probability reaches p, in (0, 1]
 * @param repetitionPenalty CTRL penalty on tokens already in the sequence (> 0; 1 disables)
 * @param numBeams beams of beam search; 1 is greedy or sampling
 * @param lengthPenalty beam scores are {@code sum logprob / length^lengthPenalty}
 * @param earlyStopping beam search stops a prompt once {@code numBeams} hypotheses are finished,
 *     instead of when no running beam can beat them (HF {@code early_stopping=False})
 * @param noRepeatNgramSize no n-gram of this size occurs twice in prompt + output; 0 disables
 * @param eosTokenIds ids that end generation (kept as the last output token)
 * @param padTokenId padding id, or -1
 * @param stopStrings generation also ends when the decoded output contains one of these
 * @param seed seed of the sampling generator (each prompt row starts from it)
 */
public record GenerationConfig(
    int maxNewTokens,
    int minNewTokens,
    boolean doSample,
    double temperature,
    int topK,
    double topP,
    double repetitionPenalty,
    int numBeams,
    double lengthPenalty,
    boolean earlyStopping,
    int noRepeatNgramSize,
    List<Integer> eosTokenIds,
    int padTokenId,
    List<String> stopStrings,
    long seed) {

  public GenerationConfig {
    eosTokenIds = List.copyOf(requireNonNull(eosTokenIds, "eosTokenIds is null"));
    stopStrings = List.copyOf(requireNonNull(stopStrings, "stopStrings is null"));
    check(maxNewTokens >= 1, "max_new_tokens", maxNewTokens, "must be >= 1");
    check(minNewTokens >= 0 && minNewTokens <= maxNewTokens, "min_new_tokens", minNewTokens,
        "must be in [0, max_new_tokens (" + maxNewTokens + ")]");
    check(temperature > 0 && Double.isFinite(temperature), "temperature", temperature,
        "must be > 0 and finite");
    check(topK >= 0, "top_k", topK, "must be >= 0 (0 disables it)");
    check(topP > 0 && topP <= 1, "top_p", topP, "must be in (0, 1]");
    check(repetitionPenalty > 0 && Double.isFinite(repetitionPenalty), "repetition_penalty",
        repetitionPenalty, "must be > 0 and finite (1 disables it)");
    check(numBeams >= 1, "num_beams", numBeams, "must be >= 1");
    check(Double.isFinite(lengthPenalty), "length_penalty", lengthPenalty, "must be finite");
    check(noRepeatNgramSize >= 0, "no_repeat_ngram_size", noRepeatNgramSize,
        "must be >= 0 (0 disables it)");
    check(padTokenId >= -1, "pad_token_id", padTokenId, "must be >= -1");
    for (int eos : eosTokenIds) {
      check(eos >= 0, "eos_token_id", eosTokenIds, "must hold ids >= 0");
    }
    for (String stop : stopStrings) {
      check(stop != null && !stop.isEmpty(), "stop_strings", stopStrings, "must not be empty");
    }
    if (doSample && numBeams > 1) {
      throw new IllegalArgumentException("do_sample with num_beams (" + numBeams
          + ") > 1 (beam sampling) is not supported; use one or the other");
    }
  }

  private static void check(boolean ok, String field, Object value, String rule) {
    if (!ok) {
      throw new IllegalArgumentException("generation config " + field + " (" + value + ") " + rule);
    }
  }

  /** Hugging Face defaults: greedy, 20 new tokens, top_k 50, no end-of-sequence id. */
  public static GenerationConfig defaults() {
    return builder().build();
  }

  /** A builder holding the {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this config's values. */
  public Builder toBuilder() {
    return new Builder().optMaxNewTokens(maxNewTokens).optMinNewTokens(minNewTokens)
        .optDoSample(doSample).optTemperature(temperature).optTopK(topK).optTopP(topP)
        .optRepetitionPenalty(repetitionPenalty).optNumBeams(numBeams)
        .optLengthPenalty(lengthPenalty).optEarlyStopping(earlyStopping)
        .optNoRepeatNgramSize(noRepeatNgramSize).optEosTokenIds(eosTokenIds)
        .optPadTokenId(padTokenId).optStopStrings(stopStrings).optSeed(seed);
  }

  /** Whether beam search runs. */
  public boolean isBeamSearch() {
    return numBeams > 1;
  }

  /** Builds a {@link GenerationConfig}; every field is optional (DJL {@code optX} style). */
  public static final class Builder {
    private int maxNewTokens = 20;
    private int minNewTokens;
    private boolean doSample;
    private double temperature = 1.0;
    private int topK = 50;
    private double topP = 1.0;
    private double repetitionPenalty = 1.0;
    private int numBeams = 1;
    private double lengthPenalty = 1.0;
    private boolean earlyStopping;
    private int noRepeatNgramSize;
    private List<Integer> eosTokenIds = List.of();
    private int padTokenId = -1;
    private List<String> stopStrings = List.of();
    private long seed;

    private Builder() {}

    /** See {@link GenerationConfig#maxNewTokens()}. */
    public Builder optMaxNewTokens(int value) {
      maxNewTokens = value;
      return this;
    }

    /** See {@link GenerationConfig#minNewTokens()}. */
    public Builder optMinNewTokens(int value) {
      minNewTokens = value;
      return this;
    }

    /** See {@link GenerationConfig#doSample()}. */
    public Builder optDoSample(boolean value) {
      doSample = value;
      return this;
    }

    /** See {@link GenerationConfig#temperature()}. */
    public Builder optTemperature(double value) {
      temperature = value;
      return this;
    }

    /** See {@link GenerationConfig#topK()}. */
    public Builder optTopK(int value) {
      topK = value;
      return this;
    }

    /** See {@link GenerationConfig#topP()}. */
    public Builder optTopP(double value) {
      topP = value;
      return this;
    }

    /** See {@link GenerationConfig#repetitionPenalty()}. */
    public Builder optRepetitionPenalty(double value) {
      repetitionPenalty = value;
      return this;
    }

    /** See {@link GenerationConfig#numBeams()}. */
    public Builder optNumBeams(int value) {
      numBeams = value;
      return this;
    }

    /** See {@link GenerationConfig#lengthPenalty()}. */
    public Builder optLengthPenalty(double value) {
      lengthPenalty = value;
      return this;
    }

    /** See {@link GenerationConfig#earlyStopping()}. */
    public Builder optEarlyStopping(boolean value) {
      earlyStopping = value;
      return this;
    }

    /** See {@link GenerationConfig#noRepeatNgramSize()}. */
    public Builder optNoRepeatNgramSize(int value) {
      noRepeatNgramSize = value;
      return this;
    }

    /** See {@link GenerationConfig#eosTokenIds()}. */
    public Builder optEosTokenIds(List<Integer> value) {
      eosTokenIds = requireNonNull(value, "eosTokenIds is null");
      return this;
    }

    /** See {@link GenerationConfig#padTokenId()}. */
    public Builder optPadTokenId(int value) {
      padTokenId = value;
      return this;
    }

    /** See {@link GenerationConfig#stopStrings()}. */
    public Builder optStopStrings(List<String> value) {
      stopStrings = requireNonNull(value, "stopStrings is null");
      return this;
    }

    /** See {@link GenerationConfig#seed()}. */
    public Builder optSeed(long value) {
      seed = value;
      return this;
    }

    /** The validated config. */
    public GenerationConfig build() {
      return new GenerationConfig(maxNewTokens, minNewTokens, doSample, temperature, topK, topP,
          repetitionPenalty, numBeams, lengthPenalty, earlyStopping, noRepeatNgramSize,
          eosTokenIds, padTokenId, stopStrings, seed);
    }
  }
}
