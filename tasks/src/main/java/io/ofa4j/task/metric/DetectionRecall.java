package io.ofa4j.task.metric;

import java.util.List;
import java.util.Map;

/**
 * Detection recall at an IoU threshold: the fraction of ground-truth boxes matched one-to-one by a
 * detection of their class under the VOC matching of {@link DetectionMatcher}. Score in 0..1.
 */
public final class DetectionRecall implements Metric<List<LabeledBox>, List<LabeledBox>> {

  private final double threshold;

  /** @param threshold IoU for a match, usually 0.5 */
  public DetectionRecall(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public String name() {
    return "detection_recall";
  }

  @Override
  public boolean higherIsBetter() {
    return true;
  }

  @Override
  public MetricResult compute(
      List<? extends List<LabeledBox>> predictions, List<? extends List<LabeledBox>> references) {
    MetricInputs<List<LabeledBox>, List<LabeledBox>> in =
        MetricInputs.pair(name(), predictions, references, true);
    int positives = 0;
    int found = 0;
    for (DetectionMatcher.ClassMatches m :
        DetectionMatcher.match(in.predictions(), in.references(), threshold).values()) {
      positives += m.positives();
      for (boolean tp : m.truePositive()) {
        found += tp ? 1 : 0;
      }
    }
    return new MetricResult(
        name(),
        positives == 0 ? 0.0 : (double) found / positives,
        in.size(),
        Map.of("found", (double) found, "positives", (double) positives),
        in.problems());
  }
}
