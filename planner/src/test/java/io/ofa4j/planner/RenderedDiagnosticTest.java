package io.ofa4j.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ofa4j.instruction.DiagnosticRenderer;
import io.ofa4j.planner.print.PlanPrinter;
import org.junit.jupiter.api.Test;

/** Caret snapshots of planner diagnostics drawn by the DSL's renderer. */
class RenderedDiagnosticTest {

  private final Planner planner = Planner.builtIn();

  @Test
  void unknownModalityWithSuggestion() {
    String source = "[IMGE:img] what does the image describe? -> [TEXT:cap]";
    PlanningException e = catchThrowableOfType(PlanningException.class,
        () -> planner.plan(source));
    assertThat(e.getMessage()).isEqualTo("line 1:2: unknown modality 'IMGE'");
    assertThat(new DiagnosticRenderer("instruction").render(e.source(), e.diagnostics()))
        .isEqualTo("""
            error[UNKNOWN_MODALITY]: unknown modality 'IMGE'
             --> instruction 1:2
              |
            1 | [IMGE:img] what does the image describe? -> [TEXT:cap]
              |  ^^^^
              = help: did you mean 'IMAGE'?""");
  }

  @Test
  void syntaxAndSemanticProblemsTogetherInPositionOrder() {
    String source = "[TEXT:a,max_length=x] -> [AUDIO:b] -> [TEXT:c]";
    PlanningException e = catchThrowableOfType(PlanningException.class,
        () -> planner.plan(source));
    assertThat(e.diagnostics()).extracting(d -> d.code().name() + "@" + d.span())
        .containsExactly("INVALID_ATTRIBUTE_VALUE@1:20", "TARGET_NOT_GENERATABLE@1:26",
            "MULTIPLE_ARROWS@1:36");
  }

  @Test
  void legacyMarkersAreWarningsKeptWithThePlan() {
    var plan = planner.plan("<BOS> [TEXT:src] <EOS> -> <BOS> [TEXT:tgt] <EOS>");
    assertThat(plan.warnings()).hasSize(4)
        .allSatisfy(w -> assertThat(w.code().name()).isEqualTo("LEGACY_MARKER"));
    assertThat(PlanPrinter.print(plan))
        .contains("warning[LEGACY_MARKER] 1:1: legacy marker '<BOS>'");
  }
}
