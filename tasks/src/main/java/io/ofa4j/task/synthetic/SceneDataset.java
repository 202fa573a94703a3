package io.ofa4j.task.synthetic;

import static java.util.Objects.requireNonNull;

import io.ofa4j.task.data.Example;
import io.ofa4j.task.metric.LabeledBox;
import io.ofa4j.task.synthetic.scene.SceneGenerator;
import io.ofa4j.task.synthetic.scene.SceneMatching;
import io.ofa4j.task.synthetic.scene.SceneRenderer;
import io.ofa4j.task.synthetic.scene.SceneTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;

/**
 * The shape-scene datasets ({@code scene_*}): scene {@code i} of the seed rendered to
 * {@code <cache>/NNNNNN.png} ({@value #SIZE}x{@value #SIZE}, 1..{@value #MAX_OBJECTS} shapes) and
 * the task built by {@link SceneTasks} or {@link SceneMatching}, with the catalog's slot names
 * (classification scenes hold a single shape). Every answer is visible in the image: captions list
 * the shapes left to right, phrases are unique within a scene. Baselines: most frequent caption /
 * answer / label, majority class, a centre box (grounding), one centre box with the most frequent
 * label (detection).
 */
final class SceneDataset implements SyntheticDataset {
  static final int SIZE = 112;
  static final int MAX_OBJECTS = 3;

  /** The scene tasks, with their catalog generator names. */
  enum Kind {
    CAPTION("scene_caption", "captions listing the shapes"),
    VQA("scene_vqa", "colour, count, existence and side questions"),
    GROUNDING("scene_grounding", "phrase -> box of the shape"),
    GROUNDED_CAPTION("scene_grounded_caption", "box -> phrase of the shape"),
    DETECTION("scene_detection", "every shape's box and phrase"),
    CLASSIFICATION("scene_classification", "phrase of the one shape (12 classes)"),
    ENTAILMENT("scene_entailment", "image + premise -> hypothesis yes / no / maybe"),
    MATCHING("scene_matching", "does the caption describe the image");

    final String generator;
    final String description;

    Kind(String generator, String description) {
      this.generator = generator;
      this.description = description;
    }
  }

  private final Kind kind;

  SceneDataset(Kind kind) {
    this.kind = requireNonNull(kind, "kind is null");
  }

  @Override
  public String name() {
    return kind.generator;
  }

  @Override
  public String description() {
    return "shape scenes " + SIZE + "x" + SIZE + ": " + kind.description;
  }

  @Override
  public Example example(long index, SyntheticContext context) {
    // one shape per image for classification: with several, "the first drawn" is not visible
    int maxObjects = kind == Kind.CLASSIFICATION ? 1 : MAX_OBJECTS;
    SceneGenerator scenes = new SceneGenerator(context.seed(), SIZE, SIZE, maxObjects);
    Path png = context.media().file(String.format("%06d.png", index),
        p -> Files.write(p, SceneRenderer.png(scenes.scene(index))));
    SceneTasks tasks = new SceneTasks(scenes);
    return switch (kind) {
      case CAPTION -> without(tasks.caption(index, png), "cap_refs");
      case VQA -> tasks.vqa(index, png);
      case GROUNDING -> tasks.grounding(index, png);
      case GROUNDED_CAPTION -> tasks.groundedCaption(index, png);
      case DETECTION -> detection(tasks.detection(index, png));
      case CLASSIFICATION -> tasks.classification(index, png);
      case ENTAILMENT -> tasks.entailment(index, png);
      case MATCHING -> new SceneMatching(scenes).example(index, png,
          context.cycledLabel(index, List.of("yes", "no")).equals("yes"));
    };
  }

  /** Detection targets as the repeat group's slots: {@code box_0} boxes, {@code text_0} phrases. */
  private static Example detection(Example e) {
    @SuppressWarnings("unchecked")
    List<LabeledBox> objects = (List<LabeledBox>) e.get("objects");
    List<double[]> boxes = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (LabeledBox b : objects) {
      boxes.add(b.box().clone());
      labels.add(b.label());
    }
    return new Example(Map.of("img", e.get("img"), "box_0", boxes, "text_0", labels), e.origin());
  }

  private static Example without(Example e, String slot) {
    Map<String, Object> slots = new LinkedHashMap<>(e.slots());
    slots.remove(slot);
    return new Example(slots, e.origin());
  }

  @Override
  public Baseline baseline(Supplier<List<Example>> train, List<Example> eval, SyntheticContext context) {
    return switch (kind) {
      case CAPTION, GROUNDED_CAPTION -> Baselines.constant(train, eval, "cap", "most frequent caption");
      case VQA -> vqa(train.get(), eval);
      case GROUNDING -> new Baseline("centre box covering the middle half of the image",
          Collections.nCopies(eval.size(), centre()), eval.stream().map(e -> e.get("patch_boxes")).toList());
      case DETECTION -> detectionBaseline(train.get(), eval);
      case CLASSIFICATION -> Baselines.constant(train, eval, "label_name", "majority class");
      case ENTAILMENT -> Baselines.constant(train, eval, "label", "majority class");
      case MATCHING -> Baselines.constant(train, eval, "text_1", "majority class");
    };
  }

  private static double[] centre() {
    return new double[] {SIZE / 4.0, SIZE / 4.0, 3 * SIZE / 4.0, 3 * SIZE / 4.0};
  }

  /** VQA references are ten copies of the answer, as ten annotators agreeing (VQA score 1 on a match). */
  private static Baseline vqa(List<Example> train, List<Example> eval) {
    String answer = Baselines.mostFrequent(train, "answer");
    return new Baseline("most frequent answer '" + answer + "'", Collections.nCopies(eval.size(), answer),
        eval.stream().map(e -> Collections.nCopies(10, e.text("answer"))).toList());
  }

  @SuppressWarnings("unchecked")
  private static Baseline detectionBaseline(List<Example> train, List<Example> eval) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    train.forEach(e -> ((List<String>) e.get("text_0")).forEach(l -> counts.merge(l, 1, Integer::sum)));
    String label = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    double[] c = centre();
    List<List<LabeledBox>> predictions = Collections.nCopies(eval.size(),
        List.of(LabeledBox.detection(label, 1.0, c[0], c[1], c[2], c[3])));
    List<List<LabeledBox>> references = new ArrayList<>();
    for (Example e : eval) {
      List<double[]> boxes = (List<double[]>) e.get("box_0");
      List<String> labels = (List<String>) e.get("text_0");
      List<LabeledBox> truth = new ArrayList<>();
      for (int i = 0; i < boxes.size(); i++) {
        double[] b = boxes.get(i);
        truth.add(LabeledBox.truth(labels.get(i), b[0], b[1], b[2], b[3]));
      }
      references.add(truth);
    }
    return new Baseline("one centre box labelled '" + label + "'", predictions, references);
  }
}
