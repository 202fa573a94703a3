package io.ofa4j.task.metric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CIDEr-D as coco-caption computes it and reports it as "CIDEr" ({@code
 * pycocoevalcap/cider/cider_scorer.py}; Vedantam et al., CVPR 2015): TF-IDF vectors of 1..4-grams
 * with document frequencies taken from the references of the evaluated corpus (an n-gram counts
 * once per example), IDF {@code log(N) - log(max(1, df))}; per order the clipped cosine {@code sum
 * min(h, r) * r / (|h| |r|)} times the Gaussian length penalty {@code exp(-delta^2 / (2 sigma^2))}
 * with sigma 6; averaged over orders and references, times 10, averaged over examples.
 *
 * <p>Faithful quirk: coco-caption's "length" in the penalty is the number of bigrams (its
 * {@code if n == 1} tests the 0-based order index), so delta is computed from bigram counts here
 * too. A zero norm leaves that order's similarity at 0 (coco-caption would produce NaN).
 */
public final class Cider extends CaptionMetric {

  private static final int MAX_ORDER = 4;
  private final double sigma;

  /**
   * @param tokenize apply the PTB-style {@link CaptionTokenizer} first
   * @param sigma the length-penalty width, 6 in coco-caption
   */
  public Cider(boolean tokenize, double sigma) {
    super(tokenize);
    if (!(sigma > 0)) {
      throw new IllegalArgumentException("sigma must be > 0 but was " + sigma);
    }
    this.sigma = sigma;
  }

  /** coco-caption's settings: tokenized inputs expected, sigma 6. */
  public static Cider coco() {
    return new Cider(true, 6.0);
  }

  @Override
  public String name() {
    return "cider";
  }

  @Override
  public MetricResult compute(
      List<? extends String> predictions, List<? extends List<String>> references) {
    MetricInputs<String, List<String>> in = MetricInputs.pair(name(), predictions, references);
    List<Ngrams> tests = new ArrayList<>();
    List<List<Ngrams>> refs = new ArrayList<>();
    Map<String, Double> documentFrequency = new HashMap<>();
    for (int i = 0; i < in.size(); i++) {
      tests.add(Ngrams.of(Ngrams.split(prepare(in.prediction(i))), MAX_ORDER));
      List<Ngrams> r = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (String ref : prepareAll(in.reference(i))) {
        Ngrams g = Ngrams.of(Ngrams.split(ref), MAX_ORDER);
        r.add(g);
        for (int n = 1; n <= MAX_ORDER; n++) {
          seen.addAll(g.order(n).keySet());
        }
      }
      for (String ngram : seen) {
        documentFrequency.merge(ngram, 1.0, Double::sum);
      }
      refs.add(r);
    }
    double logN = Math.log(Math.max(1, in.size()));
    double sum = 0;
    for (int i = 0; i < in.size(); i++) {
      Vector hyp = new Vector(tests.get(i), documentFrequency, logN);
      double[] score = new double[MAX_ORDER];
      for (Ngrams refNgrams : refs.get(i)) {
        Vector ref = new Vector(refNgrams, documentFrequency, logN);
        double delta = hyp.length - ref.length;
        double penalty = Math.exp(-(delta * delta) / (2 * sigma * sigma));
        for (int n = 0; n < MAX_ORDER; n++) {
          double val = 0;
          for (Map.Entry<String, Double> e : hyp.weights.get(n).entrySet()) {
            double r = ref.weights.get(n).getOrDefault(e.getKey(), 0.0);
            val += Math.min(e.getValue(), r) * r;
          }
          if (hyp.norms[n] != 0 && ref.norms[n] != 0) {
            val /= hyp.norms[n] * ref.norms[n];
          }
          score[n] += val * penalty;
        }
      }
      double mean = 0;
      for (double s : score) {
        mean += s / MAX_ORDER;
      }
      sum += mean / refs.get(i).size() * 10.0;
    }
    double score = in.size() == 0 ? 0.0 : sum / in.size();
    return new MetricResult(name(), score, in.size(), Map.of(), in.problems());
  }

  /** TF-IDF weights per order, their L2 norms, and coco's bigram "length". */
  private static final class Vector {
    final List<Map<String, Double>> weights = new ArrayList<>();
    final double[] norms = new double[MAX_ORDER];
    final int length;

    Vector(Ngrams counts, Map<String, Double> df, double logN) {
      int bigrams = 0;
      for (int n = 1; n <= MAX_ORDER; n++) {
        Map<String, Double> w = new HashMap<>();
        double sq = 0;
        for (Map.Entry<String, Integer> e : counts.order(n).entrySet()) {
          double idf = logN - Math.log(Math.max(1.0, df.getOrDefault(e.getKey(), 0.0)));
          double v = e.getValue() * idf;
          w.put(e.getKey(), v);
          sq += v * v;
          if (n == 2) {
            bigrams += e.getValue();
          }
        }
        weights.add(w);
        norms[n - 1] = Math.sqrt(sq);
      }
      this.length = bigrams;
    }
  }
}
