package io.ofa4j.task.synthetic.motion;

import java.util.SplittableRandom;

/**
 * Parametric joint trajectories: each action is a few sinusoids on the joints that perform it
 * (legs for walking, the right arm for waving, the root height for jumping ...), with a random
 * tempo, amplitude and phase per clip. Clip {@code i} of seed {@code s} depends on nothing else.
 */
public final class MotionGenerator {
  private final long seed;
  private final int frames;
  private final double fps;

  /** Clips of {@code frames} frames at {@code fps}. */
  public MotionGenerator(long seed, int frames, double fps) {
    if (frames < 2 || !(fps > 0)) {
      throw new IllegalArgumentException("need >= 2 frames and fps > 0, found " + frames + ", " + fps);
    }
    this.seed = seed;
    this.frames = frames;
    this.fps = fps;
  }

  /** Clip number {@code index}. */
  public MotionClip clip(long index) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 131 + 7);
    Action a = Action.values()[r.nextInt(Action.values().length)];
    double tempo = 0.8 + 0.4 * r.nextDouble();
    double amp = 0.8 + 0.4 * r.nextDouble();
    double phase = 2 * Math.PI * r.nextDouble();
    double[][] out = new double[frames][Skeleton.CHANNELS];
    for (int f = 0; f < frames; f++) {
      double t = f / fps;
      double[] c = out[f];
      c[1] = 95;
      pose(a, c, 2 * Math.PI * tempo * t + phase, amp, t * tempo);
    }
    return new MotionClip(a, 1 / fps, out);
  }

  /** Sets channel values of one frame; {@code w} is the cycle angle, {@code s} elapsed cycles. */
  private static void pose(Action a, double[] c, double w, double amp, double s) {
    switch (a) {
      case WALK, RUN -> {
        double k = a == Action.RUN ? 2.0 : 1.0;
        c[2] = (a == Action.RUN ? 160 : 80) * s;
        rot(c, "LeftUpLeg", 0, 30 * k * amp * Math.sin(w * k), 0);
        rot(c, "RightUpLeg", 0, -30 * k * amp * Math.sin(w * k), 0);
        rot(c, "LeftLeg", 0, 20 * k * amp * Math.max(0, Math.sin(w * k)), 0);
        rot(c, "RightLeg", 0, 20 * k * amp * Math.max(0, -Math.sin(w * k)), 0);
        rot(c, "LeftArm", 0, -25 * amp * Math.sin(w * k), 0);
        rot(c, "RightArm", 0, 25 * amp * Math.sin(w * k), 0);
      }
      case JUMP -> {
        double h = Math.max(0, Math.sin(w));
        c[1] = 95 + 40 * amp * h;
        rot(c, "LeftLeg", 0, 40 * (1 - h), 0);
        rot(c, "RightLeg", 0, 40 * (1 - h), 0);
      }
      case WAVE -> {
        rot(c, "RightArm", 150, 0, 0);
        rot(c, "RightForeArm", 30 * amp * Math.sin(2 * w), 0, 0);
      }
      case KICK -> rot(c, "RightUpLeg", 0, -70 * amp * Math.max(0, Math.sin(w)), 0);
      case TURN -> c[5] = 180 * amp * s;
      case SQUAT -> {
        double d = (1 - Math.cos(w)) / 2;
        c[1] = 95 - 35 * amp * d;
        rot(c, "LeftUpLeg", 0, -80 * amp * d, 0);
        rot(c, "RightUpLeg", 0, -80 * amp * d, 0);
        rot(c, "LeftLeg", 0, 100 * amp * d, 0);
        rot(c, "RightLeg", 0, 100 * amp * d, 0);
      }
    }
  }

  /** Sets a joint's Z, X, Y rotation (degrees). */
  private static void rot(double[] c, String joint, double z, double x, double y) {
    int base = 6 + 3 * (Skeleton.index(joint) - 1);
    c[base] = z;
    c[base + 1] = x;
    c[base + 2] = y;
  }
}
