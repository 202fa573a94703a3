package io.ofa4j.modality.motion;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.spi.PreprocessInspector;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code ofa4j preprocess} for MOTION: a {@code .bvh} file, or a {@code .npy} array of OFASys
 * frames {@code [T, 3 + 3 J]} (attribute {@code rotation_order}, default {@code ZXY}), becomes
 * {@code motion_6d} features {@code [T, 6 + 6 J]}; the summary gives frames, joints, frame rate
 * and feature size.
 */
public final class MotionInspector implements PreprocessInspector {
  private static final Set<String> ATTRIBUTES = Set.of("rotation_order");

  /** Creates the inspector. */
  public MotionInspector() {}

  @Override
  public String modality() {
    return "MOTION";
  }

  @Override
  public Inspection inspect(Path file, Map<String, String> attributes) {
    requireNonNull(file, "file is null");
    requireNonNull(attributes, "attributes is null");
    for (String k : attributes.keySet()) {
      if (!ATTRIBUTES.contains(k)) {
        throw new IllegalArgumentException("unknown MOTION attribute '" + k + "'; known: " + ATTRIBUTES);
      }
    }
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("file", file.toString());
    float[][] features;
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".bvh")) {
      BvhMotion m = BvhParser.read(file);
      features = Motion6d.fromBvh(m);
      s.put("format", "bvh");
      s.put("joints", m.joints().size());
      s.put("rotating_joints", m.rotatingJoints().stream().map(BvhJoint::name).toList());
      s.put("frame_time_s", m.frameTime());
    } else if (name.endsWith(".npy")) {
      String order = attributes.getOrDefault("rotation_order", "ZXY").strip().toUpperCase(Locale.ROOT);
      if (!order.matches("[XYZ]{3}")) {
        throw new IllegalArgumentException("MOTION attribute rotation_order: expected three of X, Y, Z, found '" + order + "'");
      }
      features = Motion6d.fromEulerFrames(NpyReader.read(file).rows(), order);
      s.put("format", "npy");
      s.put("rotation_order", order);
    } else {
      throw new IllegalArgumentException(file + ": unsupported motion file (expected .bvh or .npy)");
    }
    int t = features.length;
    int d = features[0].length;
    s.put("frames", t);
    s.put("feature_dim", d);
    s.put("feature_shape", List.of(t, d));
    float[] flat = new float[t * d];
    for (int i = 0; i < t; i++) {
      System.arraycopy(features[i], 0, flat, i * d, d);
    }
    return new Inspection(s, flat, new long[] {t, d});
  }
}
