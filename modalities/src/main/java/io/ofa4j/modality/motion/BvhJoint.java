package io.ofa4j.modality.motion;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One joint of a BVH hierarchy ({@code ROOT} or {@code JOINT}; {@code End Site}s are kept as
 * joints without channels, named {@code <parent>_end} as OFASys does).
 *
 * @param name joint name
 * @param parent index of the parent joint, -1 for the root
 * @param offset offset from the parent {@code [x, y, z]}
 * @param channels channel names in file order, e.g. {@code Xposition}, {@code Zrotation}
 */
public record BvhJoint(String name, int parent, double[] offset, List<String> channels) {

  /** Validates the offset and channel names. */
  public BvhJoint {
    requireNonNull(name, "name is null");
    requireNonNull(offset, "offset is null");
    channels = List.copyOf(requireNonNull(channels, "channels is null"));
    if (offset.length != 3) {
      throw new IllegalArgumentException("joint " + name + ": OFFSET needs 3 values, found " + offset.length);
    }
    for (String c : channels) {
      if (!c.matches("[XYZ](position|rotation)")) {
        throw new IllegalArgumentException("joint " + name + ": unknown channel '" + c + "'");
      }
    }
  }

  /** The rotation channel axes in order, e.g. {@code ZXY}; empty when the joint does not rotate. */
  public String rotationOrder() {
    StringBuilder sb = new StringBuilder();
    for (String c : channels) {
      if (c.endsWith("rotation")) {
        sb.append(c.charAt(0));
      }
    }
    return sb.toString();
  }
}
