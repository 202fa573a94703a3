package io.ofa4j.task.metric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BLEU-1..4 as coco-caption computes them ({@code pycocoevalcap/bleu/bleu_scorer.py}, option
 * "closest"): clipped counts summed over the corpus, the closest reference length per caption
 * (ties to the shorter), unsmoothed except for coco's {@code tiny = 1e-15} / {@code small = 1e-9}
 * guards, and the brevity penalty {@code exp(1 - 1/ratio)} when {@code ratio = (c + tiny) / (r +
 * small) < 1}. Score (BLEU-{@code order}) in 0..1; details {@code bleu_1..bleu_4}.
 */
public final class CocoBleu extends CaptionMetric {

  private static final double TINY = 1e-15;
  private static final double SMALL = 1e-9;
  private static final int MAX_ORDER = 4;

  private final int order;

  /**
   * @param order which BLEU-n is the headline score (1..4)
   * @param tokenize apply the PTB-style {@link CaptionTokenizer} first
   */
  public CocoBleu(int order, boolean tokenize) {
    super(tokenize);
    if (order < 1 || order > MAX_ORDER) {
      throw new IllegalArgumentException("order must be in 1..4 but was " + order);
    }
    this.order = order;
  }

  @Override
  public String name() {
    return "coco_bleu_" + order;
  }

  @Override
  public MetricResult compute(
      List<? extends String> predictions, List<? extends List<String>> references) {
    MetricInputs<String, List<String>> in = MetricInputs.pair(name(), predictions, references);
    double[] correct = new double[MAX_ORDER];
    double[] guess = new double[MAX_ORDER];
    double testLen = 0;
    double refLen = 0;
    for (int i = 0; i < in.size(); i++) {
      Ngrams hyp = Ngrams.of(Ngrams.split(prepare(in.prediction(i))), MAX_ORDER);
      List<Ngrams> refs = new ArrayList<>();
      List<Integer> lens = new ArrayList<>();
      for (String r : prepareAll(in.reference(i))) {
        Ngrams g = Ngrams.of(Ngrams.split(r), MAX_ORDER);
        refs.add(g);
        lens.add(g.length());
      }
      List<Map<String, Integer>> max = Ngrams.maxCounts(refs, MAX_ORDER);
      for (int n = 1; n <= MAX_ORDER; n++) {
        guess[n - 1] += Math.max(0, hyp.length() - n + 1);
        Map<String, Integer> refMax = max.get(n - 1);
        for (Map.Entry<String, Integer> e : hyp.order(n).entrySet()) {
          correct[n - 1] += Math.min(e.getValue(), refMax.getOrDefault(e.getKey(), 0));
        }
      }
      testLen += hyp.length();
      refLen += Ngrams.closestLength(hyp.length(), lens);
    }
    Map<String, Double> details = new HashMap<>();
    double ratio = (testLen + TINY) / (refLen + SMALL);
    for (int nn = 1; nn <= MAX_ORDER; nn++) {
      double product = 1.0;
      for (int k = 0; k < nn; k++) {
        product *= (correct[k] + TINY) / (guess[k] + SMALL);
      }
      double bleu = Math.pow(product, 1.0 / nn);
      if (ratio < 1) {
        bleu *= Math.exp(1 - 1 / ratio);
      }
      details.put("bleu_" + nn, in.size() == 0 ? 0.0 : bleu);
    }
    details.put("ratio", ratio);
    return new MetricResult(name(), details.get("bleu_" + order), in.size(), details, in.problems());
  }
}
