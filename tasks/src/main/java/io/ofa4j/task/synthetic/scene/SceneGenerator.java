package io.ofa4j.task.synthetic.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic random scenes: scene {@code i} of seed {@code s} is always the same, independent
 * of which other scenes were drawn (each index gets its own generator), so datasets can be
 * generated lazily, in any order, or resumed.
 */
public final class SceneGenerator {
  private final long seed;
  private final int width;
  private final int height;
  private final int maxObjects;

  /**
   * @param seed dataset seed
   * @param width canvas width (at least 56, the smallest Qwen2-VL image)
   * @param height canvas height
   * @param maxObjects 1..4 shapes per scene
   */
  public SceneGenerator(long seed, int width, int height, int maxObjects) {
    if (width < 56 || height < 56) {
      throw new IllegalArgumentException("canvas " + width + "x" + height + " is below 56x56");
    }
    if (maxObjects < 1 || maxObjects > 4) {
      throw new IllegalArgumentException("maxObjects (" + maxObjects + ") must be in 1..4");
    }
    this.seed = seed;
    this.width = width;
    this.height = height;
    this.maxObjects = maxObjects;
  }

  /** The random source of example {@code index} (also used by task builders for phrasing). */
  public SplittableRandom random(long index, long salt) {
    return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + salt));
  }

  /** Scene number {@code index}. */
  public Scene scene(long index) {
    SplittableRandom r = random(index, 0);
    int n = 1 + r.nextInt(maxObjects);
    List<SceneObject> objects = new ArrayList<>();
    int minSide = Math.min(width, height);
    for (int attempt = 0; objects.size() < n && attempt < 200; attempt++) {
      int side = minSide / 5 + r.nextInt(minSide / 5);
      int x0 = r.nextInt(width - side);
      int y0 = r.nextInt(height - side);
      SceneObject o = new SceneObject(
          ShapeKind.values()[r.nextInt(ShapeKind.values().length)],
          Colour.values()[r.nextInt(Colour.values().length)], x0, y0, x0 + side, y0 + side);
      if (objects.stream().noneMatch(p -> p.overlaps(o, 2) || p.phrase().equals(o.phrase()))) {
        objects.add(o);
      }
    }
    return new Scene(width, height, objects);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
