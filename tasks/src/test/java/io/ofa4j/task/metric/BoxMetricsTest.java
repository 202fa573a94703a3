package io.ofa4j.task.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** IoU accuracy and VOC all-point AP, with expected values worked out by hand. */
class BoxMetricsTest {

  @Test
  void iouAccuracyUsesTheThreshold() {
    List<double[]> preds = List.of(new double[] {0, 0, 10, 10}, new double[] {0, 0, 10, 10});
    List<double[]> refs = List.of(new double[] {5, 0, 15, 10}, new double[] {0, 0, 10, 8});
    MetricResult r = new IouAccuracy(0.5).compute(preds, refs);
    // IoU 50/150 = 1/3 (wrong) and 80/100 (right)
    assertThat(r.score()).isEqualTo(0.5);
    assertThat(r.detail("mean_iou")).isCloseTo((1.0 / 3 + 0.8) / 2, within(1e-12));
  }

  @Test
  void malformedBoxIsReportedAsWrong() {
    MetricResult r = new IouAccuracy(0.5).compute(List.of(new double[] {10, 0, 0, 10}), List.of(new double[] {0, 0, 10, 10}));
    assertThat(r.score()).isZero();
    assertThat(r.problems()).singleElement().asString().contains("prediction 0 has x1 < x0");
  }

  @Test
  void meanApIsAllPointInterpolatedPerClass() {
    List<List<LabeledBox>> truths = List.of(
        List.of(LabeledBox.truth("cat", 0, 0, 10, 10), LabeledBox.truth("dog", 50, 50, 60, 60)),
        List.of(LabeledBox.truth("cat", 20, 20, 30, 30)));
    List<List<LabeledBox>> dets = List.of(
        List.of(LabeledBox.detection("cat", 0.9, 0, 0, 10, 10)),
        List.of(LabeledBox.detection("cat", 0.8, 0, 0, 5, 5), LabeledBox.detection("cat", 0.7, 21, 21, 30, 30)));
    MetricResult r = new DetectionMeanAp(0.5).compute(dets, truths);
    // cat: TP, FP, TP -> (P,R) = (1,.5) (.5,.5) (2/3,1); AP = .5*1 + .5*2/3; dog: no detection, AP 0
    assertThat(r.detail("ap_cat")).isCloseTo(0.5 + 1.0 / 3, within(1e-12));
    assertThat(r.detail("ap_dog")).isZero();
    assertThat(r.score()).isCloseTo((0.5 + 1.0 / 3) / 2, within(1e-12));
    MetricResult recall = new DetectionRecall(0.5).compute(dets, truths);
    assertThat(recall.score()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void duplicateDetectionIsAFalsePositiveAndImagesWithoutObjectsCount() {
    List<List<LabeledBox>> truths = List.of(List.of(LabeledBox.truth("cat", 0, 0, 10, 10)), List.of());
    List<List<LabeledBox>> dets = List.of(
        List.of(LabeledBox.detection("cat", 0.6, 0, 0, 10, 10), LabeledBox.detection("cat", 0.9, 0, 0, 10, 9)),
        List.of(LabeledBox.detection("cat", 0.95, 0, 0, 10, 10)));
    MetricResult r = new DetectionMeanAp(0.5).compute(dets, truths);
    // order: 0.95 FP (empty image), 0.9 TP, 0.6 FP (duplicate) -> precision at recall 1 is 1/2
    assertThat(r.score()).isCloseTo(0.5, within(1e-12));
    assertThat(r.problems()).isEmpty();
  }
}
