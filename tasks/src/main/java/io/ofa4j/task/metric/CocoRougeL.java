package io.ofa4j.task.metric;

import java.util.List;
import java.util.Map;

/**
 * ROUGE-L as coco-caption computes it ({@code pycocoevalcap/rouge/rouge.py}): per caption the
 * maximum LCS precision and the maximum LCS recall over the references (taken separately), combined
 * as {@code (1 + b^2) P R / (R + b^2 P)} with beta 1.2; averaged over examples. Score in 0..1.
 */
public final class CocoRougeL extends CaptionMetric {

  private static final double BETA = 1.2;

  /** @param tokenize apply the PTB-style {@link CaptionTokenizer} first */
  public CocoRougeL(boolean tokenize) {
    super(tokenize);
  }

  @Override
  public String name() {
    return "coco_rouge_l";
  }

  /** The coco-caption ROUGE-L of one tokenized candidate against tokenized references. */
  static double score(List<String> candidate, List<List<String>> references) {
    double precMax = 0;
    double recMax = 0;
    for (List<String> ref : references) {
      int lcs = Lcs.length(ref, candidate);
      precMax = Math.max(precMax, candidate.isEmpty() ? 0 : (double) lcs / candidate.size());
      recMax = Math.max(recMax, ref.isEmpty() ? 0 : (double) lcs / ref.size());
    }
    if (precMax == 0 || recMax == 0) {
      return 0.0;
    }
    return (1 + BETA * BETA) * precMax * recMax / (recMax + BETA * BETA * precMax);
  }

  @Override
  public MetricResult compute(
      List<? extends String> predictions, List<? extends List<String>> references) {
    MetricInputs<String, List<String>> in = MetricInputs.pair(name(), predictions, references);
    double sum = 0;
    for (int i = 0; i < in.size(); i++) {
      List<List<String>> refs = prepareAll(in.reference(i)).stream().map(Ngrams::split).toList();
      sum += score(Ngrams.split(prepare(in.prediction(i))), refs);
    }
    return new MetricResult(
        name(), in.size() == 0 ? 0.0 : sum / in.size(), in.size(), Map.of(), in.problems());
  }
}
