package io.ofa4j.task.metric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * PASCAL VOC matching per class: detections of all images sorted by descending score; each is a
 * true positive when its best-overlapping ground truth of that class in its image has IoU >= the
 * threshold and was not matched before, else a false positive.
 */
final class DetectionMatcher {

  /** Per class: positives count and the TP (true) / FP (false) flags in score order. */
  record ClassMatches(int positives, boolean[] truePositive) {}

  private DetectionMatcher() {}

  static Map<String, ClassMatches> match(
      List<List<LabeledBox>> detections, List<List<LabeledBox>> truths, double threshold) {
    Map<String, Integer> positives = new TreeMap<>();
    for (List<LabeledBox> image : truths) {
      for (LabeledBox t : image) {
        positives.merge(t.label(), 1, Integer::sum);
      }
    }
    record Ranked(int image, LabeledBox box, int order) {}
    Map<String, List<Ranked>> byClass = new TreeMap<>();
    int order = 0;
    for (int img = 0; img < detections.size(); img++) {
      for (LabeledBox d : detections.get(img)) {
        byClass.computeIfAbsent(d.label(), k -> new ArrayList<>()).add(new Ranked(img, d, order++));
      }
    }
    Map<String, ClassMatches> out = new TreeMap<>();
    for (String label : positives.keySet()) {
      List<Ranked> dets = new ArrayList<>(byClass.getOrDefault(label, List.of()));
      dets.sort(Comparator.comparingDouble((Ranked r) -> -r.box().score()).thenComparingInt(Ranked::order));
      Map<Integer, boolean[]> used = new HashMap<>();
      boolean[] tp = new boolean[dets.size()];
      for (int k = 0; k < dets.size(); k++) {
        Ranked d = dets.get(k);
        List<LabeledBox> gts = truths.get(d.image());
        boolean[] taken = used.computeIfAbsent(d.image(), i -> new boolean[gts.size()]);
        int best = -1;
        double bestIou = -1;
        for (int g = 0; g < gts.size(); g++) {
          if (gts.get(g).label().equals(label)) {
            double iou = Boxes.iou(d.box().box(), gts.get(g).box());
            if (iou > bestIou) {
              bestIou = iou;
              best = g;
            }
          }
        }
        if (best >= 0 && bestIou >= threshold && !taken[best]) {
          taken[best] = true;
          tp[k] = true;
        }
      }
      out.put(label, new ClassMatches(positives.get(label), tp));
    }
    return out;
  }
}
