package io.ofa4j.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.instruction.ast.Instruction;
import io.ofa4j.instruction.ast.PlainText;
import io.ofa4j.instruction.ast.SourceSpan;
import io.ofa4j.instruction.ast.Template;
import io.ofa4j.instruction.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Span utilities, re-basing into YAML files, and what the formatter refuses. */
class InstructionsTest {

  @Test
  void comparesTreesIgnoringSpans() {
    Instruction compact = InstructionParser.parseOrThrow("[IMAGE:img] caption -> [TEXT:cap]");
    Instruction spaced = InstructionParser.parseOrThrow("  [ IMAGE : img ]\n caption  ->  [TEXT:cap]  ");
    assertThat(compact).isNotEqualTo(spaced);
    assertThat(Instructions.equalIgnoringSpans(compact, spaced)).isTrue();
    assertThat(Instructions.equalIgnoringSpans(compact,
        InstructionParser.parseOrThrow("[IMAGE:img] caption -> [TEXT:label]"))).isFalse();
  }

  @Test
  void rebasesTreeAndDiagnosticsIntoAYamlFile() {
    String yaml = "name: caption\ninstruction: \"[IMAGE:img] caption -> -> [TEXT:cap]\"\n";
    ParseResult result = InstructionParser.parse("[IMAGE:img] caption -> -> [TEXT:cap]").rebase(2, 15);
    assertThat(result.instruction().templates().get(0).source().get(0).span())
        .isEqualTo(new SourceSpan(2, 15, 11));
    Diagnostic second = result.errors().get(0);
    assertThat(second.format()).isEqualTo("line 2:38: second '->' in template 1;"
        + " a template has exactly one '->' between source and target");
    assertThat(DiagnosticRenderer.forFile("presets/tasks/caption.yaml").render(yaml, second))
        .startsWith("""
            error[MULTIPLE_ARROWS]: second '->' in template 1; a template has exactly one '->' between source and target
             --> presets/tasks/caption.yaml:2:38
              |
            2 | instruction: "[IMAGE:img] caption -> -> [TEXT:cap]"
              |                                      ^^
            """);
  }

  @Test
  void formatterRefusesTextTheLanguageCannotWrite() {
    Instruction handMade = new Instruction(List.of(new Template(
        List.of(new PlainText("a -> b", SourceSpan.UNKNOWN)),
        List.of(InstructionBuilder.slot("TEXT")), SourceSpan.UNKNOWN)), SourceSpan.UNKNOWN);
    assertThatThrownBy(() -> InstructionFormatter.format(handMade))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a -> b'");
  }

  @Test
  void exceptionNeedsAnError() {
    assertThatThrownBy(() -> new InstructionException("x", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an InstructionException needs at least one error, got []");
  }
}
