package io.ofa4j.preset.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.planner.PlanningException;
import org.junit.jupiter.api.Test;

class PlanViewTest {

  @Test
  void aGoodInstructionPrintsItsPlan() {
    PlanView v = PlanView.of("cap", "[IMAGE:img] what does the image describe? -> [TEXT:cap]");
    assertThat(v.ok()).isTrue();
    assertThat(v.toString()).startsWith("task cap: planned\ninstruction: [IMAGE:img]")
        .contains("template 1 of 1");
    assertThat(v.plan().templates()).hasSize(1);
  }

  @Test
  void aBadInstructionShowsTheCaretUnderTheMisspeltModality() {
    PlanView v = PlanView.of("cap", "[IMGE:img] what does the image describe? -> [TEXT:cap]");
    assertThat(v.ok()).isFalse();
    assertThat(v.toString()).startsWith("task cap: NOT planned\nerror[")
        .contains("--> task cap 1:2")
        .contains("1 | [IMGE:img] what does")
        .contains("  |  ^^^^\n")
        .contains("did you mean 'IMAGE'?");
    assertThat(v.toHtml()).startsWith("<pre>task cap: NOT planned").contains("-&gt; [TEXT:cap]");
    assertThatThrownBy(v::plan).isInstanceOf(PlanningException.class);
  }
}
