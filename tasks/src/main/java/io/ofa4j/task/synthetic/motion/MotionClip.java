package io.ofa4j.task.synthetic.motion;

import java.util.Objects;

/**
 * A synthetic motion: its action and the BVH channel values of every frame
 * ({@code [frames][channels]}: root X/Y/Z position, root Z/X/Y rotation, then Z/X/Y rotation of
 * each joint in skeleton order).
 *
 * @param action the action (label)
 * @param frameTime seconds per frame
 * @param frames channel values per frame
 */
public record MotionClip(Action action, double frameTime, double[][] frames) {
  public MotionClip {
    Objects.requireNonNull(action, "action is null");
    Objects.requireNonNull(frames, "frames is null");
    if (frames.length < 2) {
      throw new IllegalArgumentException("a clip needs >= 2 frames, found " + frames.length);
    }
    for (double[] f : frames) {
      if (f.length != Skeleton.CHANNELS) {
        throw new IllegalArgumentException("a frame has " + Skeleton.CHANNELS + " channels, found " + f.length);
      }
    }
  }
}
