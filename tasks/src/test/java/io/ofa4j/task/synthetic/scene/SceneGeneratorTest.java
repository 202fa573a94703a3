package io.ofa4j.task.synthetic.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.task.data.Example;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SceneGeneratorTest {
  private final SceneGenerator gen = new SceneGenerator(7, 112, 112, 3);
  private final SceneTasks tasks = new SceneTasks(gen);
  private final Path img = Path.of("scene.png");

  @Test
  void sameSeedAndIndexGiveTheSameBytesWhateverTheOrder() {
    byte[] a = SceneRenderer.png(gen.scene(5));
    gen.scene(99);
    byte[] b = SceneRenderer.png(new SceneGenerator(7, 112, 112, 3).scene(5));
    assertThat(a).isEqualTo(b);
    assertThat(SceneRenderer.png(new SceneGenerator(8, 112, 112, 3).scene(5))).isNotEqualTo(a);
  }

  @Test
  void objectsStayInsideTheCanvasDoNotOverlapAndArePaintedInTheirColour() {
    for (int i = 0; i < 200; i++) {
      Scene s = gen.scene(i);
      BufferedImage image = SceneRenderer.render(s);
      for (SceneObject o : s.objects()) {
        assertThat(o.x0()).isGreaterThanOrEqualTo(0);
        assertThat(o.x1()).isLessThanOrEqualTo(112);
        assertThat(o.y1()).isLessThanOrEqualTo(112);
        int centre = image.getRGB((o.x0() + o.x1()) / 2, (o.y0() + o.y1()) / 2 + 2) & 0xFFFFFF;
        assertThat(centre).as("scene %d %s", i, o).isEqualTo(o.colour().rgb());
        for (SceneObject p : s.objects()) {
          assertThat(o == p || !o.overlaps(p, 0)).as("scene %d", i).isTrue();
        }
      }
    }
  }

  @Test
  void answersFollowFromTheScene() {
    for (int i = 0; i < 300; i++) {
      Scene s = gen.scene(i);
      Example vqa = tasks.vqa(i, img);
      String q = vqa.text("question");
      String a = vqa.text("answer");
      if (q.startsWith("how many")) {
        assertThat(a).isEqualTo(SceneLanguage.number(s.objects().size()));
      } else if (q.startsWith("is there")) {
        boolean present = s.objects().stream().anyMatch(o -> q.equals("is there a " + o.phrase() + "?"));
        assertThat(a).isEqualTo(present ? "yes" : "no");
      }
      Example g = tasks.grounding(i, img);
      String phrase = g.text("cap").substring("the ".length());
      SceneObject target = s.objects().stream().filter(o -> o.phrase().equals(phrase)).findFirst()
          .orElseThrow();
      assertThat((double[]) g.get("patch_boxes")).containsExactly(target.box());
      assertThat(tasks.caption(i, img).texts("cap_refs"))
          .allSatisfy(c -> s.objects().forEach(o -> assertThat(c).contains(o.phrase())));
    }
  }

  @Test
  void noAnswerDominatesSoTheMajorityBaselineIsBeatable() {
    Map<String, Integer> counts = new HashMap<>();
    int n = 1000;
    for (int i = 0; i < n; i++) {
      counts.merge(tasks.vqa(i, img).text("answer"), 1, Integer::sum);
    }
    assertThat(counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow())
        .isLessThan(n * 4 / 10);
    assertThat(counts.keySet()).contains("yes", "no", "left", "right", "red", "one", "two");
  }

  @Test
  void rejectsCanvasesBelowTheSmallestImage() {
    assertThatThrownBy(() -> new SceneGenerator(1, 40, 112, 2))
        .hasMessage("canvas 40x112 is below 56x56");
  }
}
