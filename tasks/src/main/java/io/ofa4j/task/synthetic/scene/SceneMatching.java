package io.ofa4j.task.synthetic.scene;

import io.ofa4j.task.data.Example;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Image-text matching over shape scenes: the text is the scene's caption (label yes) or the
 * caption of the scene with one object's colour or shape changed to one the scene does not hold
 * (label no), so the mismatch is one word and only looking at the image decides. Slots {@code
 * image_0}, {@code text_0}, {@code text_1} (the unnamed slots of {@code [IMAGE] ... [TEXT] ... ->
 * [TEXT]}). Trivial baseline: majority class, 50%.
 */
public final class SceneMatching {
  private final SceneGenerator generator;

  /** Matching pairs over {@code generator}'s scenes. */
  public SceneMatching(SceneGenerator generator) {
    this.generator = generator;
  }

  /** Example {@code i}; {@code matches} chooses the label. */
  public Example example(long i, Path image, boolean matches) {
    Scene s = generator.scene(i);
    SplittableRandom r = generator.random(i, 5);
    List<SceneObject> objects = new ArrayList<>(s.objects());
    if (!matches) {
      int k = r.nextInt(objects.size());
      SceneObject o = objects.get(k);
      objects.set(k, alter(o, s, r));
    }
    String text = SceneLanguage.list(objects);
    return new Example(Map.of("image_0", image, "text_0", text, "text_1", matches ? "yes" : "no"),
        "synthetic#" + i);
  }

  /** Another colour or shape for {@code o} whose phrase no object of {@code s} has. */
  private static SceneObject alter(SceneObject o, Scene s, SplittableRandom r) {
    while (true) {
      boolean colour = r.nextBoolean();
      Colour c = colour ? Colour.values()[r.nextInt(Colour.values().length)] : o.colour();
      ShapeKind k = colour ? o.shape() : ShapeKind.values()[r.nextInt(ShapeKind.values().length)];
      SceneObject x = new SceneObject(k, c, o.x0(), o.y0(), o.x1(), o.y1());
      if (s.objects().stream().noneMatch(y -> y.phrase().equals(x.phrase()))) {
        return x;
      }
    }
  }
}
