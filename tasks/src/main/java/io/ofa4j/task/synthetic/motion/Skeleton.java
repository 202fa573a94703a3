package io.ofa4j.task.synthetic.motion;

import java.util.List;

/**
 * The small humanoid skeleton of synthetic clips: a root with position and rotation channels and
 * ten joints with three rotation channels each (Euler angles in ZXY order, degrees, as most BVH
 * files write them). Offsets are in centimetres, Y up.
 */
final class Skeleton {
  /** A joint: name, parent index (-1 for the root), offset from the parent. */
  record Joint(String name, int parent, double x, double y, double z) {}

  static final List<Joint> JOINTS = List.of(
      new Joint("Hips", -1, 0, 0, 0),
      new Joint("Spine", 0, 0, 20, 0),
      new Joint("Head", 1, 0, 30, 0),
      new Joint("LeftArm", 1, 18, 25, 0),
      new Joint("LeftForeArm", 3, 25, 0, 0),
      new Joint("RightArm", 1, -18, 25, 0),
      new Joint("RightForeArm", 5, -25, 0, 0),
      new Joint("LeftUpLeg", 0, 10, -5, 0),
      new Joint("LeftLeg", 7, 0, -42, 0),
      new Joint("RightUpLeg", 0, -10, -5, 0),
      new Joint("RightLeg", 9, 0, -42, 0));

  /** Channels per frame: 6 for the root, 3 for every other joint. */
  static final int CHANNELS = 6 + 3 * (JOINTS.size() - 1);

  /** Index of a joint by name. */
  static int index(String name) {
    for (int i = 0; i < JOINTS.size(); i++) {
      if (JOINTS.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no joint '" + name + "'");
  }

  private Skeleton() {}
}
