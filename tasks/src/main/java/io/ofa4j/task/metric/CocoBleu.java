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
    BleuCounts counts = new BleuCounts(MAX_ORDER);
    for (int i = 0; i < in.size(); i++) {
      List<List<String>> refs = new ArrayList<>();
      for (String r : prepareAll(in.reference(i))) {
        refs.add(Ngrams.split(r));
      }
      counts.add(Ngrams.split(prepare(in.prediction(i))), refs);
    }
    double[] correct = counts.correct;
    double[] guess = counts.total;
    double testLen = counts.hypLength;
    double refLen = counts.refLength;
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
