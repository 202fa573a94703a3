package io.ofa4j.runtime.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Beam search as Hugging Face {@code generate(num_beams=K)}: each prompt keeps K beams in rows
 * {@code b*K .. b*K+K-1} of one session; each step scores every beam's tokens by
 * {@code beam score + processed log_softmax}, takes the 2K best candidates, moves end-of-sequence
 * candidates ranked below K into the finished {@link BeamHypotheses} and keeps the first K
 * others as the next beams. The first step expands beam 0 only (the others start at
 * {@code -inf}). Candidates at {@code -inf} (masked by a constraint) are never kept.
 */
final class BeamSearch {
  private final CausalLanguageModel model;
  private final TextDecoder decoder;

  BeamSearch(CausalLanguageModel model, TextDecoder decoder) {
    this.model = model;
    this.decoder = decoder;
  }

  List<GenerationResult> run(GenerationRequest request) {
    GenerationConfig config = request.config();
    int k = config.numBeams();
    int batch = request.prompts().size();
    int vocab = model.vocabSize();
    LogitsProcessors processors = new LogitsProcessors(config);
    int[][] prefill = new int[batch][];
    int longest = 0;
    for (int b = 0; b < batch; b++) {
      prefill[b] = Prompts.withPrefix(request, b, vocab);
      longest = Math.max(longest, prefill[b].length);
    }
    Beam[][] beams = new Beam[batch][k];
    BeamHypotheses[] finished = new BeamHypotheses[batch];
    boolean[] done = new boolean[batch];
    try (DecoderSession session = model.startSession(batch, longest + config.maxNewTokens())) {
      float[][] first = Prompts.checked(session.append(prefill), batch, vocab);
      int[] expand = new int[batch * k];
      float[][] logits = new float[batch * k][];
      for (int b = 0; b < batch; b++) {
        finished[b] = new BeamHypotheses(config);
        for (int j = 0; j < k; j++) {
          expand[b * k + j] = b;
          logits[b * k + j] = first[b];
          beams[b][j] = Beam.start(prefill[b], request.constraint().start(), j == 0, b * k + j);
        }
      }
      session.reorder(expand);
      for (int step = 0; step < config.maxNewTokens(); step++) {
        int[] order = new int[batch * k];
        int[][] feed = new int[batch * k][];
        boolean running = false;
        for (int b = 0; b < batch; b++) {
          for (int j = 0; j < k; j++) {
            order[b * k + j] = b * k + j;
            feed[b * k + j] = new int[0];
          }
          if (done[b]) {
            continue;
          }
          Beam[] next = step(beams[b], logits, b * k, processors, config, finished[b], step);
          done[b] = next == null;
          if (!done[b]) {
            for (int j = 0; j < k; j++) {
              order[b * k + j] = next[j].row;
              next[j] = next[j].movedTo(b * k + j);
              feed[b * k + j] = new int[] {next[j].output.get(next[j].output.size() - 1)};
            }
            beams[b] = next;
            running = true;
          }
        }
        if (!running || step == config.maxNewTokens() - 1) {
          break;
        }
        session.reorder(order);
        logits = Prompts.checked(session.append(feed), batch * k, vocab);
      }
    }
    List<GenerationResult> results = new ArrayList<>(batch);
    for (int b = 0; b < batch; b++) {
      if (!done[b]) {
        for (Beam beam : beams[b]) {
          if (beam.score > Double.NEGATIVE_INFINITY) {
            finished[b].add(beam.output.tail(0), beam.scores(), beam.score, beam.output.size(),
                FinishReason.MAX_NEW_TOKENS);
          }
        }
      }
      results.add(result(b, finished[b], request));
    }
    return results;
  }

  /** One step of one prompt's beams; null when the prompt is done. */
  private static Beam[] step(Beam[] beams, float[][] logits, int firstRow,
      LogitsProcessors processors, GenerationConfig config, BeamHypotheses finished, int step) {
    int k = beams.length;
    int vocab = logits[firstRow].length;
    Candidates top = new Candidates(2 * k);
    double[][] logprobs = new double[k][];
    for (int j = 0; j < k; j++) {
      Beam beam = beams[j];
      if (beam.score == Double.NEGATIVE_INFINITY) {
        continue;
      }
      // HF processes the log-softmax of the logits in beam search.
      double[] lp = Sampling.logSoftmax(logits[firstRow + j]);
      float[] scores = new float[vocab];
      for (int v = 0; v < vocab; v++) {
        scores[v] = (float) lp[v];
      }
      processors.apply(scores, beam.context, beam.output.size(), beam.state);
      logprobs[j] = new double[vocab];
      for (int v = 0; v < vocab; v++) {
        logprobs[j][v] = scores[v];
        if (scores[v] > Float.NEGATIVE_INFINITY) {
          top.offer(beam.score + scores[v], j, v);
        }
      }
    }
    if (top.size() == 0) {
      return null;
    }
    Beam[] next = new Beam[k];
    int kept = 0;
    for (int r = 0; r < top.size() && kept < k; r++) {
      Beam parent = beams[top.beam(r)];
      int token = top.token(r);
      double logprob = logprobs[top.beam(r)][token];
      boolean eos = config.eosTokenIds().contains(token) && parent.state.mayEnd();
      if (eos) {
        if (r < k) {
          int[] tokens = Arrays.copyOf(parent.output.tail(0), parent.output.size() + 1);
          tokens[tokens.length - 1] = token;
          finished.add(tokens, append(parent.scores(), logprob), top.score(r),
              parent.output.size(), FinishReason.EOS);
        }
        continue;
      }
      Beam child = parent.extend(token, logprob, top.score(r));
      if (child.state.isComplete() && config.eosTokenIds().isEmpty()) {
        if (r < k) {
          finished.add(child.output.tail(0), child.scores(), child.score, child.output.size(),
              FinishReason.CONSTRAINT);
        }
        continue;
      }
      next[kept++] = child;
    }
    if (kept == 0 || finished.isDone(top.score(0), step + 1)) {
      return null;
    }
    for (int j = kept; j < k; j++) {
      next[j] = next[0].dead(); // fewer live candidates than beams: pad with dead copies
    }
    return next;
  }

  private static float[] append(float[] scores, double logprob) {
    float[] out = Arrays.copyOf(scores, scores.length + 1);
    out[scores.length] = (float) logprob;
    return out;
  }

  private GenerationResult result(int row, BeamHypotheses finished, GenerationRequest request) {
    OutputTracker output = new OutputTracker(row, decoder, request.streamer(), List.of());
    if (request.keepForcedPrefix()) {
      for (int token : request.forcedPrefix()) {
        output.addPrefix(token);
      }
    }
    if (finished.isEmpty()) {
      throw new IllegalStateException("prompt " + row
          + ": beam search finished no hypothesis (every token excluded by the constraint?)");
    }
    BeamHypotheses.Hypothesis best = finished.best();
    for (int token : best.tokens()) {
      output.add(token);
    }
    GenerationResult result = new GenerationResult(
        output.ids(), output.text(), best.reason(), best.tokenScores(), best.score());
    output.finish(result);
    return result;
  }
}
