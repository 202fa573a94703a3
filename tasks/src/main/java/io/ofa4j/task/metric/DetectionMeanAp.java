package io.ofa4j.task.metric;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mean average precision at IoU 0.5, PASCAL VOC 2010+ style: per class the all-point interpolated
 * AP (precision made monotone from the right, summed over recall steps), averaged over the classes
 * that have ground truth. Details hold each class's AP as {@code ap_<label>}. Score in 0..1.
 */
public final class DetectionMeanAp implements Metric<List<LabeledBox>, List<LabeledBox>> {

  private final double threshold;

  /** @param threshold IoU for a match, 0.5 for VOC */
  public DetectionMeanAp(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public String name() {
    return "map";
  }

  @Override
  public boolean higherIsBetter() {
    return true;
  }

  /** All-point interpolated AP from score-ordered TP flags and the number of positives. */
  static double averagePrecision(boolean[] tp, int positives) {
    int n = tp.length;
    double[] recall = new double[n + 2];
    double[] precision = new double[n + 2];
    int tpCum = 0;
    for (int i = 0; i < n; i++) {
      tpCum += tp[i] ? 1 : 0;
      recall[i + 1] = (double) tpCum / positives;
      precision[i + 1] = (double) tpCum / (i + 1);
    }
    recall[n + 1] = 1.0;
    precision[n + 1] = 0.0;
    for (int i = n; i >= 0; i--) {
      precision[i] = Math.max(precision[i], precision[i + 1]);
    }
    double ap = 0;
    for (int i = 0; i <= n; i++) {
      if (recall[i + 1] != recall[i]) {
        ap += (recall[i + 1] - recall[i]) * precision[i + 1];
      }
    }
    return ap;
  }

  @Override
  public MetricResult compute(
      List<? extends List<LabeledBox>> predictions, List<? extends List<LabeledBox>> references) {
    MetricInputs<List<LabeledBox>, List<LabeledBox>> in =
        MetricInputs.pair(name(), predictions, references, true);
    Map<String, DetectionMatcher.ClassMatches> matches =
        DetectionMatcher.match(in.predictions(), in.references(), threshold);
    Map<String, Double> details = new HashMap<>();
    double sum = 0;
    for (Map.Entry<String, DetectionMatcher.ClassMatches> e : matches.entrySet()) {
      double ap = averagePrecision(e.getValue().truePositive(), e.getValue().positives());
      details.put("ap_" + e.getKey(), ap);
      sum += ap;
    }
    if (matches.isEmpty() && in.size() > 0) {
      in.problems().add(name() + ": no ground-truth boxes; mAP is 0");
    }
    return new MetricResult(
        name(), matches.isEmpty() ? 0.0 : sum / matches.size(), in.size(), details, in.problems());
  }
}
