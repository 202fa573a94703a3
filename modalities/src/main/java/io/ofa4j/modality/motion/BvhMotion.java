package io.ofa4j.modality.motion;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A parsed BVH file: the joint hierarchy (depth-first file order) and the motion frames, each
 * with one value per channel in joint order.
 *
 * @param joints joints, the root first
 * @param frameTime seconds per frame
 * @param frames {@code [frames][channels]}
 */
public record BvhMotion(List<BvhJoint> joints, double frameTime, double[][] frames) {

  /** Checks that every frame has one value per channel. */
  public BvhMotion {
    joints = List.copyOf(requireNonNull(joints, "joints is null"));
    requireNonNull(frames, "frames is null");
    int channels = joints.stream().mapToInt(j -> j.channels().size()).sum();
    for (int f = 0; f < frames.length; f++) {
      if (frames[f].length != channels) {
        throw new IllegalArgumentException("BVH frame " + f + " has " + frames[f].length + " values, the hierarchy has "
            + channels + " channels");
      }
    }
  }

  /** Total channel count. */
  public int channelCount() {
    return joints.stream().mapToInt(j -> j.channels().size()).sum();
  }

  /** Joints that carry rotation channels (OFASys's inner joints), in file order. */
  public List<BvhJoint> rotatingJoints() {
    return joints.stream().filter(j -> !j.rotationOrder().isEmpty()).toList();
  }
}
