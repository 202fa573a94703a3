package io.ofa4j.modality.motion;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * OFASys {@code motion_6d} features ({@code ofasys/preprocessor/default/motion_6d.py},
 * {@code _convert_bvh_to_rot6d}): per frame {@code [root position (3), root velocity (3), 6-D
 * rotation of every rotating joint (6 each)]}, so {@code 6 + 6 J} values.
 *
 * <ul>
 *   <li>velocity: {@code (p[t] - p[t-1]) * 100} (0 in frame 0), turned into the root's heading
 *       frame by {@code Ry(-yaw)}, yaw being the y angle of the extrinsic {@code xzy} Euler
 *       decomposition of the root rotation;
 *   <li>6-D rotation (Zhou et al. 2019): the first two columns of the joint's rotation matrix,
 *       column 0 then column 1 (OFASys's "contingent" layout);
 *   <li>rotation matrices from Euler angles in degrees, intrinsic, in BVH channel order.
 * </ul>
 */
public final class Motion6d {
  /** OFASys's velocity scale. */
  public static final double VELOCITY_SCALE = 100.0;

  private Motion6d() {}

  /**
   * From OFASys's frame layout {@code [T][3 + 3 J]}: root position then Euler angles in degrees of
   * each rotating joint, all in the same {@code order} (e.g. {@code ZXY}, the root's order).
   */
  public static float[][] fromEulerFrames(double[][] frames, String order) {
    requireNonNull(frames, "frames is null");
    requireNonNull(order, "order is null");
    if (frames.length == 0) {
      throw new IllegalArgumentException("motion has 0 frames");
    }
    int width = frames[0].length;
    if (width < 6 || (width - 3) % 3 != 0) {
      throw new IllegalArgumentException("motion frames need 3 + 3*J values (J >= 1), found " + width);
    }
    int joints = (width - 3) / 3;
    double[][] pos = new double[frames.length][];
    double[][][][] rot = new double[frames.length][joints][][];
    for (int t = 0; t < frames.length; t++) {
      if (frames[t].length != width) {
        throw new IllegalArgumentException("motion frame " + t + " has " + frames[t].length + " values, frame 0 has " + width);
      }
      pos[t] = new double[] {frames[t][0], frames[t][1], frames[t][2]};
      for (int j = 0; j < joints; j++) {
        double[] angles = {frames[t][3 + 3 * j], frames[t][4 + 3 * j], frames[t][5 + 3 * j]};
        rot[t][j] = Rotations.euler(order, angles);
      }
    }
    return features(pos, rot);
  }

  /** From a BVH file: root position channels by axis name, each rotating joint in its own order. */
  public static float[][] fromBvh(BvhMotion motion) {
    requireNonNull(motion, "motion is null");
    List<BvhJoint> rotating = motion.rotatingJoints();
    if (motion.frames().length == 0 || rotating.isEmpty()) {
      throw new IllegalArgumentException("BVH motion needs frames and rotating joints, found " + motion.frames().length
          + " frames and " + rotating.size() + " rotating joints");
    }
    int t = motion.frames().length;
    double[][] pos = new double[t][3];
    double[][][][] rot = new double[t][rotating.size()][][];
    for (int f = 0; f < t; f++) {
      double[] frame = motion.frames()[f];
      int c = 0;
      int r = 0;
      for (BvhJoint joint : motion.joints()) {
        double[] angles = new double[joint.rotationOrder().length()];
        int a = 0;
        for (String ch : joint.channels()) {
          if (ch.endsWith("rotation")) {
            angles[a++] = frame[c];
          } else if (joint.parent() < 0) {
            pos[f][ch.charAt(0) - 'X'] = frame[c];
          }
          c++;
        }
        if (a > 0) {
          rot[f][r++] = Rotations.euler(joint.rotationOrder(), angles);
        }
      }
    }
    return features(pos, rot);
  }

  /** pos {@code [T][3]}, rot {@code [T][J][3][3]} (joint 0 the root) to features {@code [T][6 + 6J]}. */
  static float[][] features(double[][] pos, double[][][][] rot) {
    int t = pos.length;
    int joints = rot[0].length;
    float[][] out = new float[t][6 + 6 * joints];
    for (int f = 0; f < t; f++) {
      double[] v = new double[3];
      if (f > 0) {
        for (int k = 0; k < 3; k++) {
          v[k] = (pos[f][k] - pos[f - 1][k]) * VELOCITY_SCALE;
        }
      }
      double[][] inv = Rotations.axis('Y', Math.toDegrees(-Rotations.yaw(rot[f][0])));
      for (int k = 0; k < 3; k++) {
        out[f][k] = (float) pos[f][k];
        out[f][3 + k] = (float) (inv[k][0] * v[0] + inv[k][1] * v[1] + inv[k][2] * v[2]);
      }
      for (int j = 0; j < joints; j++) {
        double[][] m = rot[f][j];
        int o = 6 + 6 * j;
        for (int k = 0; k < 3; k++) {
          out[f][o + k] = (float) m[k][0];
          out[f][o + 3 + k] = (float) m[k][1];
        }
      }
    }
    return out;
  }
}
