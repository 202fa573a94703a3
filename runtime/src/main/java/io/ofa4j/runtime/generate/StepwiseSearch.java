package io.ofa4j.runtime.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Greedy and sampling decoding: every row advances one token per step through one shared
 * {@link DecoderSession}; finished rows are fed nothing. Each row samples from its own
 * {@link SplittableRandom} seeded with the config's seed (whose seed mixing,
 * unlike {@code java.util.Random}'s, makes nearby seeds independent), so a row's output does not depend on the other
 * prompts in the batch.
 */
final class StepwiseSearch {
  private static final int[] NOTHING = new int[0];

  private final CausalLanguageModel model;
  private final TextDecoder decoder;

  StepwiseSearch(CausalLanguageModel model, TextDecoder decoder) {
    this.model = model;
    this.decoder = decoder;
  }

  List<GenerationResult> run(GenerationRequest request) {
    GenerationConfig config = request.config();
    LogitsProcessors processors = new LogitsProcessors(config);
    int batch = request.prompts().size();
    Row[] rows = new Row[batch];
    int[][] prefill = new int[batch][];
    int longest = 0;
    for (int b = 0; b < batch; b++) {
      prefill[b] = Prompts.withPrefix(request, b, model.vocabSize());
      longest = Math.max(longest, prefill[b].length);
      rows[b] = new Row(b, prefill[b], request, decoder);
    }
    try (DecoderSession session = model.startSession(batch, longest + config.maxNewTokens())) {
      float[][] logits = Prompts.checked(session.append(prefill), batch, model.vocabSize());
      for (int step = 0; ; step++) {
        int[][] next = new int[batch][];
        boolean running = false;
        for (int b = 0; b < batch; b++) {
          next[b] = NOTHING;
          if (rows[b].finished()) {
            continue;
          }
          int token = choose(rows[b], logits[b], processors, config, step);
          if (!rows[b].finished()) {
            next[b] = new int[] {token};
            running = true;
          }
        }
        if (!running) {
          break;
        }
        logits = Prompts.checked(session.append(next), batch, model.vocabSize());
      }
    }
    List<GenerationResult> results = new ArrayList<>(batch);
    for (Row row : rows) {
      results.add(row.result());
    }
    return results;
  }

  private static int choose(Row row, float[] logits, LogitsProcessors processors,
      GenerationConfig config, int step) {
    float[] scores = logits.clone();
    processors.apply(scores, row.context, row.generated(), row.state);
    if (config.doSample()) {
      Sampling.warp(scores, config.temperature(), config.topK(), config.topP());
    }
    int token = config.doSample() ? Sampling.sample(scores, row.rng) : Sampling.argmax(scores);
    double logprob = Sampling.logSoftmax(scores)[token];
    if (logprob == Double.NEGATIVE_INFINITY) {
      throw new IllegalStateException("prompt " + row.index + ", step " + step
          + ": every token is excluded by the processors and the constraint");
    }
    row.accept(token, (float) logprob, config);
    return token;
  }

  /** One row's decoding state. */
  private static final class Row {
    final int index;
    final TokenSequence context;
    final SplittableRandom rng;
    final OutputTracker output;
    final List<Float> scores = new ArrayList<>();
    DecodingConstraint.State state;
    FinishReason reason;

    Row(int index, int[] prefill, GenerationRequest request, TextDecoder decoder) {
      this.index = index;
      this.context = new TokenSequence(prefill);
      this.rng = new SplittableRandom(request.config().seed());
      this.state = request.constraint().start();
      this.output = new OutputTracker(
          index, decoder, request.streamer(), request.config().stopStrings());
      if (request.keepForcedPrefix()) {
        for (int token : request.forcedPrefix()) {
          output.addPrefix(token);
        }
      }
    }

    int generated() {
      return scores.size();
    }

    boolean finished() {
      return reason != null;
    }

    void accept(int token, float logprob, GenerationConfig config) {
      context.add(token);
      scores.add(logprob);
      output.add(token);
      if (config.eosTokenIds().contains(token) && state.mayEnd()) {
        reason = FinishReason.EOS;
        return;
      }
      state = state.advance(token);
      if (state.isComplete() && config.eosTokenIds().isEmpty()) {
        reason = FinishReason.CONSTRAINT;
      } else if (output.hitStopString()) {
        reason = FinishReason.STOP_STRING;
      } else if (generated() == config.maxNewTokens()) {
        reason = FinishReason.MAX_NEW_TOKENS;
      }
    }

    GenerationResult result() {
      float[] tokenScores = new float[scores.size()];
      double sum = 0;
      for (int i = 0; i < tokenScores.length; i++) {
        tokenScores[i] = scores.get(i);
        sum += tokenScores[i];
      }
      GenerationResult result =
          new GenerationResult(output.ids(), output.text(), reason, tokenScores, sum);
      output.finish(result);
      return result;
    }
  }
}
