package io.ofa4j.planner;

import static io.ofa4j.planner.Trees.group;
import static io.ofa4j.planner.Trees.instruction;
import static io.ofa4j.planner.Trees.slot;
import static io.ofa4j.planner.Trees.template;
import static io.ofa4j.planner.Trees.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.instruction.diagnostic.Diagnostic;
import io.ofa4j.instruction.diagnostic.DslErrorCode;
import io.ofa4j.planner.plan.InstructionPlan;
import io.ofa4j.planner.plan.Layout;
import io.ofa4j.planner.plan.Segment;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.planner.print.PlanPrinter;
import io.ofa4j.planner.spi.GeneratorKind;
import io.ofa4j.planner.spi.LossRule;
import io.ofa4j.planner.spi.PositionScheme;
import io.ofa4j.planner.spi.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Planning hand-built trees: the planner needs no parser. */
class PlannerTreeTest {

  private final Planner planner = Planner.builtIn();

  @Test
  void plansCaptionInChatLayoutWithVisionMarkers() {
    TaskPlan plan = planner.plan(instruction(template(
        List.of(slot("IMAGE", "img"), text(" what does the image describe?")),
        List.of(slot("TEXT", "cap"))))).template(1);

    assertThat(plan.positions()).isEqualTo(PositionScheme.MROPE);
    assertThat(plan.sequence()).extracting(s -> s.getClass().getSimpleName()).containsExactly(
        "Special", "Text", "Special", "SlotRef", "Special", "Text", "Special", "Text", "Special",
        "Text", "SlotRef", "Special");
    assertThat(plan.sequence().get(2)).isEqualTo(
        new Segment.Special("<|vision_start|>", Side.SOURCE, false));
    assertThat(plan.lossSegments()).extracting(s -> PlanPrinter.inline(plan, s))
        .containsExactly("{cap:TEXT}", "<|im_end|>");
    assertThat(plan.generator().kind()).isEqualTo(GeneratorKind.FREE_TEXT);
    assertThat(plan.generator().options()).containsEntry("max_length", "1024");
    assertThat(plan.slots().get(0).loss()).isEqualTo(LossRule.NONE);
    assertThat(plan.slots().get(1).loss()).isEqualTo(LossRule.TOKEN_CE);
    assertThat(plan.forcedPrefix()).isEmpty();
  }

  @Test
  void plansDetectionAsRepeatedLocationTokensAndText() {
    InstructionPlan plan = planner.plan(instruction(template(
        List.of(slot("IMAGE", "img"), text(" detect the objects")),
        List.of(group(slot("BOX", null), text(" "), slot("TEXT", null))))), Layout.PLAIN);
    TaskPlan t = plan.template(1);

    assertThat(t.slots()).extracting(s -> s.name()).containsExactly("img", "box_0", "text_0");
    assertThat(t.generator().kind()).isEqualTo(GeneratorKind.REPEATED);
    assertThat(t.generator().parts()).extracting(g -> g.kind())
        .containsExactly(GeneratorKind.LOCATION_TOKENS, GeneratorKind.FREE_TEXT);
    assertThat(t.generator().parts().get(0).options()).containsEntry("tokens_per_box", "4");
    assertThat(t.slots().get(1).repeatGroup()).isZero();
    assertThat(t.sequence().get(t.sequence().size() - 1))
        .isEqualTo(new Segment.Special("<|endoftext|>", Side.TARGET, true));
    assertThat(PlanPrinter.print(plan)).contains("REPEATED", "( repeat group 0");
  }

  @Test
  void noLossTargetTextIsTheForcedPrefix() {
    TaskPlan t = planner.plan(instruction(template(
        List.of(text("is \""), slot("TEXT", "s"), text("\" positive?")),
        List.of(text("is \""), slot("TEXT", "s", "no_loss"), text("\" positive?"),
            slot("TEXT", "label", "closed_set"))))).template(1);

    assertThat(t.forcedPrefix()).hasSize(3);
    assertThat(t.generator().kind()).isEqualTo(GeneratorKind.CLOSED_SET);
    assertThat(t.generator().options())
        .containsEntry("labels", "distinct values of column 'label'");
    assertThat(t.slots().get(2).loss()).isEqualTo(LossRule.CLOSED_SET_CE);
    assertThat(t.positions()).isEqualTo(PositionScheme.ROPE_1D);
  }

  @Test
  void collectsEveryProblemBeforeThrowing() {
    assertThatThrownBy(() -> planner.plan(instruction(template(
        List.of(slot("IMGE", "img"), slot("TEXT", "q", "max_length=abc")),
        List.of(slot("PHONE", "p"))))))
        .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::code).containsExactly(DslErrorCode.UNKNOWN_MODALITY,
                DslErrorCode.INVALID_ATTRIBUTE_VALUE, DslErrorCode.TARGET_NOT_GENERATABLE));
  }

  @Test
  void builtTreeWithEmptyTargetIsReported() {
    assertThatThrownBy(() -> planner.plan(instruction(template(List.of(text("hi")), List.of()))))
        .isInstanceOf(PlanningException.class)
        .hasMessage("line 1:1: the target has no slot: write one such as [TEXT:answer] after "
            + "'->'");
  }
}
