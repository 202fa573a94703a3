package io.ofa4j.task.synthetic.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** English descriptions of scenes: captions (several references), counts, positions. */
final class SceneLanguage {
  private static final String[] NUMBERS = {"zero", "one", "two", "three", "four"};

  private SceneLanguage() {}

  static String number(int n) {
    return NUMBERS[n];
  }

  /** "a red circle and a blue square" in scene order. */
  static String list(List<SceneObject> objects) {
    List<String> parts = objects.stream().map(o -> "a " + o.phrase()).toList();
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  /** Reference captions: the listing in drawing order, left to right, and a counted form. */
  static List<String> captions(Scene scene) {
    List<String> refs = new ArrayList<>();
    refs.add(list(scene.objects()));
    String ordered = leftToRight(scene);
    if (!refs.contains(ordered)) {
      refs.add(ordered);
    }
    int n = scene.objects().size();
    refs.add(number(n) + (n == 1 ? " shape: " : " shapes: ") + list(scene.objects()));
    return List.copyOf(refs);
  }

  /** The listing left to right: the one reference a viewer can derive from the pixels alone. */
  static String leftToRight(Scene scene) {
    List<SceneObject> objects = new ArrayList<>(scene.objects());
    objects.sort((a, b) -> Double.compare(a.cx(), b.cx()));
    return list(objects);
  }

  /** "left" or "right" of the object relative to the canvas centre. */
  static String side(Scene scene, SceneObject o) {
    return o.cx() < scene.width() / 2.0 ? "left" : "right";
  }

  static <T> T pick(SplittableRandom r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }
}
