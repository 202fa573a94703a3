package io.ofa4j.task.synthetic.video;

import io.ofa4j.task.synthetic.scene.Colour;
import io.ofa4j.task.synthetic.scene.ShapeKind;
import java.util.SplittableRandom;

/** Deterministic clips: clip {@code i} of seed {@code s} depends on nothing else. */
public final class ClipGenerator {
  private final long seed;
  private final int width;
  private final int height;
  private final int frames;

  /** Clips of {@code frames} frames on a {@code width x height} canvas. */
  public ClipGenerator(long seed, int width, int height, int frames) {
    this.seed = seed;
    this.width = width;
    this.height = height;
    this.frames = frames;
  }

  /** Clip number {@code index}; the shape stays inside the canvas in every frame. */
  public Clip clip(long index) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 31 + 17);
    Motion m = Motion.values()[r.nextInt(Motion.values().length)];
    int size = Math.min(width, height) / 4;
    int step = Math.max(2, (Math.min(width, height) - size) / (2 * frames));
    int travel = step * (frames - 1);
    int x = startWithin(r, width - size, m.dx, travel);
    int y = startWithin(r, height - size, m.dy, travel);
    return new Clip(ShapeKind.values()[r.nextInt(3)], Colour.values()[r.nextInt(4)], m, size, x, y,
        step, frames, width, height);
  }

  private static int startWithin(SplittableRandom r, int room, int direction, int travel) {
    if (direction == 0) {
      return r.nextInt(room + 1);
    }
    int lo = direction < 0 ? travel : 0;
    int hi = direction < 0 ? room : room - travel;
    return lo + r.nextInt(Math.max(1, hi - lo + 1));
  }
}
