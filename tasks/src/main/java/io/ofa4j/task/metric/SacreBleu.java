package io.ofa4j.task.metric;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Corpus BLEU compatible with sacreBLEU 2.x ({@code sacrebleu/metrics/bleu.py}): 13a or whitespace
 * tokenisation, clipped n-gram counts against the per-n-gram maximum over the references, the
 * closest reference length (ties to the shorter) summed over the corpus, the brevity penalty
 * {@code exp(1 - r/c)}, and the four smoothing methods. Score in 0..100.
 *
 * @param tokenize13a true for the 13a tokenizer, false for sacreBLEU's {@code none} (split only)
 * @param lowercase lower-case both sides first
 * @param smoothing the smoothing method
 * @param smoothValue the FLOOR/ADD_K value, NaN for the method's default
 * @param effectiveOrder stop at the highest order with a non-empty total (sentence-level use)
 * @param maxOrder the highest n-gram order, usually 4
 */
public record SacreBleu(
    boolean tokenize13a,
    boolean lowercase,
    BleuSmoothing smoothing,
    double smoothValue,
    boolean effectiveOrder,
    int maxOrder)
    implements Metric<String, List<String>> {

  /** sacreBLEU's {@code my_log(0)}: a finite stand-in for log(0). */
  private static final double LOG_ZERO = -9999999999.0;

  public SacreBleu {
    requireNonNull(smoothing, "smoothing is null");
    if (maxOrder < 1) {
      throw new IllegalArgumentException("maxOrder must be >= 1 but was " + maxOrder);
    }
  }

  /** sacreBLEU's defaults: 13a, mixed case, exp smoothing, no effective order, 4-grams. */
  public static SacreBleu defaults() {
    return new SacreBleu(true, false, BleuSmoothing.EXP, Double.NaN, false, 4);
  }

  @Override
  public String name() {
    return "bleu";
  }

  @Override
  public boolean higherIsBetter() {
    return true;
  }

  List<String> tokens(String segment) {
    String s = lowercase ? segment.toLowerCase(Locale.ROOT) : segment;
    s = s.stripTrailing();
    return tokenize13a ? Tokenizer13a.tokenize(s) : Ngrams.split(s);
  }

  @Override
  public MetricResult compute(
      List<? extends String> predictions, List<? extends List<String>> references) {
    MetricInputs<String, List<String>> in = MetricInputs.pair(name(), predictions, references);
    BleuCounts counts = new BleuCounts(maxOrder);
    for (int i = 0; i < in.size(); i++) {
      List<List<String>> refs = new ArrayList<>();
      for (String r : in.reference(i)) {
        refs.add(tokens(r == null ? "" : r));
      }
      counts.add(tokens(in.prediction(i)), refs);
    }
    double[] correct = counts.correct;
    double[] total = counts.total;
    long sysLen = counts.hypLength;
    long refLen = counts.refLength;
    Map<String, Double> details = new HashMap<>();
    double score = score(correct, total, sysLen, refLen, details);
    details.put("sys_len", (double) sysLen);
    details.put("ref_len", (double) refLen);
    return new MetricResult(name(), score, in.size(), details, in.problems());
  }

  /** sacreBLEU's {@code compute_bleu} over summed statistics; fills bp and precisions. */
  double score(double[] correctIn, double[] totalIn, long sysLen, long refLen, Map<String, Double> out) {
    double[] correct = correctIn.clone();
    double[] total = totalIn.clone();
    double bp = sysLen < refLen ? (sysLen > 0 ? Math.exp(1.0 - (double) refLen / sysLen) : 0.0) : 1.0;
    out.put("bp", bp);
    double[] precisions = new double[maxOrder];
    boolean anyCorrect = false;
    for (double c : correct) {
      anyCorrect |= c != 0;
    }
    if (!anyCorrect) {
      return 0.0;
    }
    double value = Double.isNaN(smoothValue) ? smoothing.defaultValue() : smoothValue;
    double smoothMteval = 1.0;
    int effOrder = maxOrder;
    for (int n = 1; n <= maxOrder; n++) {
      if (smoothing == BleuSmoothing.ADD_K && n > 1) {
        correct[n - 1] += value;
        total[n - 1] += value;
      }
      if (total[n - 1] == 0) {
        break;
      }
      if (effectiveOrder) {
        effOrder = n;
      }
      if (correct[n - 1] == 0) {
        if (smoothing == BleuSmoothing.EXP) {
          smoothMteval *= 2;
          precisions[n - 1] = 100.0 / (smoothMteval * total[n - 1]);
        } else if (smoothing == BleuSmoothing.FLOOR) {
          precisions[n - 1] = 100.0 * value / total[n - 1];
        }
      } else {
        precisions[n - 1] = 100.0 * correct[n - 1] / total[n - 1];
      }
      out.put("precision_" + n, precisions[n - 1]);
    }
    double logSum = 0;
    for (int n = 0; n < effOrder; n++) {
      logSum += precisions[n] == 0 ? LOG_ZERO : Math.log(precisions[n]);
    }
    return bp * Math.exp(logSum / effOrder);
  }
}
