package io.ofa4j.task.metric;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Corpus-level error rate shared by {@link WordErrorRate} and {@link CharErrorRate}: the summed
 * edit operations over the summed reference lengths, as jiwer computes it (not a mean of
 * per-sentence rates). Only the first reference of each example is used; an example whose
 * reference is empty after splitting is reported and skipped, because its rate is undefined.
 */
abstract class ErrorRate implements Metric<String, List<String>> {

  private final Function<String, List<String>> splitter;

  ErrorRate(Function<String, List<String>> splitter) {
    this.splitter = splitter;
  }

  @Override
  public final boolean higherIsBetter() {
    return false;
  }

  @Override
  public final MetricResult compute(
      List<? extends String> predictions, List<? extends List<String>> references) {
    MetricInputs<String, List<String>> in = MetricInputs.pair(name(), predictions, references);
    long hits = 0;
    long subs = 0;
    long dels = 0;
    long ins = 0;
    int scored = 0;
    for (int i = 0; i < in.size(); i++) {
      List<String> ref = splitter.apply(String.valueOf(in.reference(i).get(0)));
      if (ref.isEmpty()) {
        in.problems().add(name() + ": reference " + in.originalIndex(i) + " is empty; skipped");
        continue;
      }
      EditDistance d = EditDistance.align(ref, splitter.apply(in.prediction(i)));
      hits += d.hits();
      subs += d.substitutions();
      dels += d.deletions();
      ins += d.insertions();
      scored++;
    }
    long referenceLength = hits + subs + dels;
    double score = referenceLength == 0 ? 0.0 : (double) (subs + dels + ins) / referenceLength;
    Map<String, Double> details = new HashMap<>();
    details.put("hits", (double) hits);
    details.put("substitutions", (double) subs);
    details.put("deletions", (double) dels);
    details.put("insertions", (double) ins);
    return new MetricResult(name(), score, scored, details, in.problems());
  }
}
