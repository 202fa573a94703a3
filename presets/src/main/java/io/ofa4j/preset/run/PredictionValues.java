package io.ofa4j.preset.run;

import io.ofa4j.modality.box.BoundingBox;
import io.ofa4j.modality.pipeline.predict.DetectedObject;
import io.ofa4j.task.metric.LabeledBox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts a {@link io.ofa4j.modality.pipeline.predict.Prediction}'s typed value into what metrics
 * take (text as is, a box as {@code double[]{x0, y0, x1, y1}}, detections as {@link LabeledBox}es)
 * and into plain JSON-ready values for {@code ofa4j infer}.
 */
public final class PredictionValues {
  private PredictionValues() {}

  /** The metric input of a predicted value. */
  public static Object metricInput(Object value) {
    if (value instanceof BoundingBox b) {
      return new double[] {b.x0(), b.y0(), b.x1(), b.y1()};
    }
    if (value instanceof List<?> list && list.stream().allMatch(DetectedObject.class::isInstance)) {
      return list.stream().map(o -> {
        DetectedObject d = (DetectedObject) o;
        return LabeledBox.detection(d.label(), 1.0, d.box().x0(), d.box().y0(), d.box().x1(), d.box().y1());
      }).toList();
    }
    return value;
  }

  /** What a failed prediction counts as, in the type of the baseline's predictions. */
  public static Object emptyLike(Object baselinePrediction) {
    if (baselinePrediction instanceof double[]) {
      return new double[] {0, 0, 0, 0};
    }
    if (baselinePrediction instanceof List<?>) {
      return List.of();
    }
    return "";
  }

  /** A JSON-ready value: {@code {"text": ...}}, {@code {"box": [...]}} or {@code {"objects": [...]}}. */
  public static Map<String, Object> json(Object value, boolean label) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (value instanceof BoundingBox b) {
      out.put("box", box(b));
    } else if (value instanceof List<?> list && list.stream().allMatch(DetectedObject.class::isInstance)) {
      out.put("objects", list.stream().map(o -> {
        DetectedObject d = (DetectedObject) o;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", d.label());
        m.put("box", box(d.box()));
        return m;
      }).toList());
    } else {
      out.put(label ? "label" : "text", String.valueOf(value));
    }
    return out;
  }

  /** A short human-readable form (tables, the gallery). */
  public static String display(Object value) {
    if (value instanceof BoundingBox b) {
      return String.format(java.util.Locale.ROOT, "[%.0f, %.0f, %.0f, %.0f]", b.x0(), b.y0(), b.x1(), b.y1());
    }
    if (value instanceof double[] d && d.length == 4) {
      return String.format(java.util.Locale.ROOT, "[%.0f, %.0f, %.0f, %.0f]", d[0], d[1], d[2], d[3]);
    }
    return String.valueOf(value);
  }

  private static List<Double> box(BoundingBox b) {
    return List.of(round(b.x0()), round(b.y0()), round(b.x1()), round(b.y1()));
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
