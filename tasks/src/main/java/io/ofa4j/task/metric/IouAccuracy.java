package io.ofa4j.task.metric;

import java.util.List;
import java.util.Map;

/**
 * Visual-grounding accuracy (RefCOCO "Acc@0.5"): a predicted box is correct when its IoU with the
 * reference box is at least the threshold. Malformed boxes are reported and count as wrong.
 */
public final class IouAccuracy implements Metric<double[], double[]> {

  private final double threshold;

  /** @param threshold the IoU needed to count as correct, 0.5 for RefCOCO */
  public IouAccuracy(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1] but was " + threshold);
    }
    this.threshold = threshold;
  }

  @Override
  public String name() {
    return "iou_accuracy";
  }

  @Override
  public boolean higherIsBetter() {
    return true;
  }

  @Override
  public MetricResult compute(List<? extends double[]> predictions, List<? extends double[]> references) {
    MetricInputs<double[], double[]> in = MetricInputs.pair(name(), predictions, references);
    int correct = 0;
    double iouSum = 0;
    for (int i = 0; i < in.size(); i++) {
      try {
        Boxes.check(in.prediction(i), "prediction " + in.originalIndex(i));
        Boxes.check(in.reference(i), "reference " + in.originalIndex(i));
      } catch (IllegalArgumentException e) {
        in.problems().add(name() + ": " + e.getMessage() + "; counted as wrong");
        continue;
      }
      double iou = Boxes.iou(in.prediction(i), in.reference(i));
      iouSum += iou;
      if (iou >= threshold) {
        correct++;
      }
    }
    int n = in.size();
    return new MetricResult(
        name(),
        n == 0 ? 0.0 : (double) correct / n,
        n,
        Map.of("mean_iou", n == 0 ? 0.0 : iouSum / n, "correct", (double) correct),
        in.problems());
  }
}
