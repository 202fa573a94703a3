package io.ofa4j.task.synthetic.scene;

import io.ofa4j.task.data.Example;
import io.ofa4j.task.metric.LabeledBox;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds the examples of every shape-scene task from scene {@code i}, with the slot names of the
 * catalog instructions (e.g. captioning {@code img}, {@code cap}; VQA {@code image},
 * {@code question}, {@code answer}). All answers are derived from the scene, so the tasks are
 * learnable; the phrasing is drawn from the example's own random source, so they are not trivial.
 */
public final class SceneTasks {
  private final SceneGenerator generator;

  /** Tasks over {@code generator}'s scenes. */
  public SceneTasks(SceneGenerator generator) {
    this.generator = generator;
  }

  /**
   * Captioning: {@code img}, {@code cap} (the left-to-right listing: drawing order is invisible in
   * the image), {@code cap_refs} (all references).
   */
  public Example caption(long i, Path image) {
    Scene s = generator.scene(i);
    return example(i, "img", image, "cap", SceneLanguage.leftToRight(s), "cap_refs",
        SceneLanguage.captions(s));
  }

  /** VQA: colour, count, existence and position questions with one-word answers. */
  public Example vqa(long i, Path image) {
    Scene s = generator.scene(i);
    SplittableRandom r = generator.random(i, 1);
    SceneObject o = SceneLanguage.pick(r, s.objects());
    String q;
    String a;
    switch (r.nextInt(4)) {
      case 0 -> {
        q = s.ofShape(o.shape()).size() == 1 ? "what colour is the " + o.shape().noun() + "?"
            : "how many shapes are there?";
        a = s.ofShape(o.shape()).size() == 1 ? o.colour().word()
            : SceneLanguage.number(s.objects().size());
      }
      case 1 -> {
        q = "how many shapes are there?";
        a = SceneLanguage.number(s.objects().size());
      }
      case 2 -> {
        Colour c = Colour.values()[r.nextInt(Colour.values().length)];
        ShapeKind k = ShapeKind.values()[r.nextInt(ShapeKind.values().length)];
        q = "is there a " + c.word() + " " + k.noun() + "?";
        a = s.objects().stream().anyMatch(x -> x.colour() == c && x.shape() == k) ? "yes" : "no";
      }
      default -> {
        q = "is the " + o.phrase() + " on the left or the right?";
        a = SceneLanguage.side(s, o);
      }
    }
    return example(i, "image", image, "question", q, "answer", a);
  }

  /** Grounding: {@code img}, {@code cap} (e.g. "the red circle"), {@code patch_boxes}. */
  public Example grounding(long i, Path image) {
    Scene s = generator.scene(i);
    SceneObject o = SceneLanguage.pick(generator.random(i, 2), s.objects());
    return example(i, "img", image, "cap", "the " + o.phrase(), "patch_boxes", o.box());
  }

  /** Grounded captioning: {@code img}, {@code patch_boxes} -> {@code cap}. */
  public Example groundedCaption(long i, Path image) {
    Scene s = generator.scene(i);
    SceneObject o = SceneLanguage.pick(generator.random(i, 3), s.objects());
    return example(i, "img", image, "patch_boxes", o.box(), "cap", o.phrase());
  }

  /** Detection: {@code img}, {@code objects} (boxes with labels, left to right). */
  public Example detection(long i, Path image) {
    List<SceneObject> objs = new ArrayList<>(generator.scene(i).objects());
    objs.sort((a, b) -> Double.compare(a.cx(), b.cx()));
    List<LabeledBox> boxes = objs.stream()
        .map(o -> LabeledBox.truth(o.phrase(), o.x0(), o.y0(), o.x1(), o.y1())).toList();
    return example(i, "img", image, "objects", boxes);
  }

  /** Classification of the first-drawn object: {@code image}, {@code label_name}. */
  public Example classification(long i, Path image) {
    return example(i, "image", image, "label_name", generator.scene(i).objects().get(0).phrase());
  }

  /** Visual entailment: premise caption, hypothesis, label yes / no / maybe. */
  public Example entailment(long i, Path image) {
    Scene s = generator.scene(i);
    SplittableRandom r = generator.random(i, 4);
    SceneObject o = SceneLanguage.pick(r, s.objects());
    String premise = "a picture of " + SceneLanguage.number(s.objects().size()) + " shapes";
    String hyp;
    String label;
    switch (r.nextInt(3)) {
      case 0 -> {
        hyp = "there is a " + o.phrase();
        label = "yes";
      }
      case 1 -> {
        Colour other = Colour.values()[(o.colour().ordinal() + 1 + r.nextInt(3)) % 4];
        boolean present = s.objects().stream()
            .anyMatch(x -> x.colour() == other && x.shape() == o.shape());
        hyp = "there is a " + other.word() + " " + o.shape().noun();
        label = present ? "yes" : "no";
      }
      default -> {
        hyp = "the " + o.phrase() + " is large";
        label = "maybe";
      }
    }
    return example(i, "img", image, "cap", premise, "hyp", hyp, "label", label);
  }

  private static Example example(long i, Object... kv) {
    Map<String, Object> slots = new LinkedHashMap<>();
    for (int k = 0; k < kv.length; k += 2) {
      Object v = kv[k + 1];
      slots.put((String) kv[k], v instanceof double[] d ? Arrays.copyOf(d, d.length) : v);
    }
    return new Example(slots, "synthetic#" + i);
  }
}
