package io.ofa4j.preset.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.modality.pipeline.RawExample;
import io.ofa4j.planner.Planner;
import io.ofa4j.planner.plan.TaskPlan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MediaShuffleTest {
  private static TaskPlan plan(String instruction) {
    return Planner.builtIn().plan(instruction).template(1);
  }

  @Test
  void mediaSlotsAreTheSourceImagesAudioVideoAndMotion() {
    assertThat(MediaShuffle.mediaSlots(plan(
        "[IMAGE:img] which region does the text \" [TEXT:cap] \" describe? -> [BOX:region]")))
        .containsExactly("img");
    assertThat(MediaShuffle.mediaSlots(plan("[AUDIO:wav] what does the speech say? -> [TEXT:text]")))
        .containsExactly("wav");
    assertThat(MediaShuffle.mediaSlots(plan("is \" [TEXT:sentence] \" positive? -> [TEXT:label,closed_set]")))
        .isEmpty();
  }

  @Test
  void eachExampleGetsTheNextExamplesMediaAndKeepsItsText() {
    List<RawExample> in = List.of(
        new RawExample(Map.of("img", "a.png", "cap", "the red square"), "e0"),
        new RawExample(Map.of("img", "b.png", "cap", "the blue circle"), "e1"),
        new RawExample(Map.of("img", "c.png", "cap", "the green star"), "e2"));
    List<RawExample> out = MediaShuffle.rotate(in, List.of("img"));
    assertThat(out).extracting(e -> e.slots().get("img")).containsExactly("b.png", "c.png", "a.png");
    assertThat(out).extracting(e -> e.slots().get("cap")).containsExactly("the red square", "the blue circle",
        "the green star");
    assertThat(out.get(2).origin()).isEqualTo("e2+media-of-e0");
  }

  @Test
  void aSingleExampleHasNoControl() {
    List<RawExample> one = List.of(new RawExample(Map.of("img", "a.png"), "e0"));
    assertThat(MediaShuffle.rotate(one, List.of("img"))).isEqualTo(one);
  }
}
