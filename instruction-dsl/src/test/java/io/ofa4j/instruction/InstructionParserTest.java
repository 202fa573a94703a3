package io.ofa4j.instruction;

import static io.ofa4j.instruction.InstructionAssert.assertParsesAndRoundTrips;
import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.instruction.ast.AttributeValue;
import io.ofa4j.instruction.ast.Instruction;
import io.ofa4j.instruction.ast.PlainText;
import io.ofa4j.instruction.ast.RepeatGroup;
import io.ofa4j.instruction.ast.Slot;
import io.ofa4j.instruction.ast.SourceSpan;
import io.ofa4j.instruction.ast.Template;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The language beyond the OFASys examples: groups, alternatives, values, text, spans. */
class InstructionParserTest {

  @Test
  void parsesInterleavedGroupOnTheSource() {
    Template template = only("([IMAGE] [TEXT])* -> [TEXT]");
    RepeatGroup group = (RepeatGroup) template.source().get(0);
    assertThat(group.elements()).extracting(OfasysInstructionsTest::describe)
        .containsExactly("slot:IMAGE:null", "slot:TEXT:null");
    assertThat(group.span()).isEqualTo(new SourceSpan(1, 1, 17));
  }

  @Test
  void parsesNestedAndBracketGroupsWithParenthesesGroup() {
    Template template = only("[IMAGE:img] -> [ ([BOX] [TEXT])* [TEXT:summary] ]*");
    RepeatGroup outer = (RepeatGroup) template.target().get(0);
    assertThat(outer.style()).isEqualTo(RepeatGroup.Style.BRACKETS);
    assertThat(outer.elements().get(0)).isInstanceOf(RepeatGroup.class);
  }

  @Test
  void parsesSeveralTargetSlots() {
    Template template = only("[IMAGE:img] which object? -> [BOX:region] [TEXT:label]");
    assertThat(template.target()).extracting(OfasysInstructionsTest::describe)
        .containsExactly("slot:BOX:region", "slot:TEXT:label");
  }

  @Test
  void parsesAlternativeTemplates() {
    Instruction instruction = assertParsesAndRoundTrips(
        "[IMAGE:img] what does the image describe? -> [TEXT:cap] ||| [IMAGE:img] caption: -> [TEXT:cap]");
    assertThat(instruction.templates()).hasSize(2);
    assertThat(instruction.templates().get(1).source()).extracting(OfasysInstructionsTest::describe)
        .containsExactly("slot:IMAGE:img", "text:caption:");
    assertThat(instruction.templates().get(1).span().column()).isEqualTo(61);
  }

  @Test
  void keepsChinesePromptsVerbatim() {
    Template template = only("[IMAGE:img] 这张图片描述了什么？ -> [TEXT:cap]");
    assertThat(((PlainText) template.source().get(1)).text()).isEqualTo("这张图片描述了什么？");
  }

  @Test
  void keepsParenthesesInTextThatAreNoGroup() {
    Template template = only("what is (roughly) the count of [TEXT:x] (see [IMAGE:img])? -> [TEXT:n]");
    assertThat(template.source()).extracting(OfasysInstructionsTest::describe).containsExactly(
        "text:what is (roughly) the count of", "slot:TEXT:x", "text:(see", "slot:IMAGE:img", "text:)?");
    assertThat(only("a ( b -> [TEXT]").source()).extracting(OfasysInstructionsTest::describe)
        .containsExactly("text:a ( b");
  }

  @Test
  void keepsLoneDashesPipesAndAnglesAsText() {
    Template template = only("a - b | c || d < e > f <BOSS> -> [TEXT]");
    assertThat(((PlainText) template.source().get(0)).text()).isEqualTo("a - b | c || d < e > f <BOSS>");
  }

  @Test
  void readsQuotedValuesWithCommasPathsAndEscapes() {
    Slot slot = (Slot) only(
        "[TEXT:a,path=\"data/a, b.tsv\",list='[1, 2]',q=\"say \\\"hi\\\"\",s='it\\'s'] -> [TEXT]")
        .source().get(0);
    assertThat(slot.attributes()).extracting(a -> a.value().text())
        .containsExactly("data/a, b.tsv", "[1, 2]", "say \"hi\"", "it's");
    assertThat(slot.attributes()).allMatch(a -> a.value() instanceof AttributeValue.QuotedString);
  }

  @Test
  void readsNumbersExactly() {
    Slot slot = (Slot) only("[TEXT:a,n=-1,m=.5,k=1e-3,j=2.,big=12345678901234567890] -> [TEXT]")
        .source().get(0);
    assertThat(slot.attributes()).extracting(a -> ((AttributeValue.Number) a.value()).value())
        .containsExactly(new BigDecimal("-1"), new BigDecimal(".5"), new BigDecimal("1e-3"),
            new BigDecimal("2."), new BigDecimal("12345678901234567890"));
  }

  @Test
  void ignoresWhitespaceInsideSlots() {
    Slot slot = (Slot) only("[ TEXT : sent1 , no_loss , max_length = 8 ] -> [TEXT]").source().get(0);
    assertThat(InstructionFormatter.format(slot)).isEqualTo("[TEXT:sent1,no_loss,max_length=8]");
    assertThat(slot.modalitySpan()).isEqualTo(new SourceSpan(1, 3, 4));
  }

  @Test
  void givesSpansOnTheRightLineForMultiLineText() {
    Template template = only("[IMAGE:img]\n  what does\n  the image describe? ->\n  [TEXT:cap]");
    assertThat(template.source().get(1).span()).isEqualTo(new SourceSpan(2, 3, 31));
    assertThat(template.target().get(0).span()).isEqualTo(new SourceSpan(4, 3, 10));
  }

  @Test
  void countsColumnsInUtf16UnitsAfterSupplementaryCharacters() {
    Template template = only("\uD83D\uDE00 [TEXT:a] -> [TEXT:b]");
    assertThat(template.source().get(1).span()).isEqualTo(new SourceSpan(1, 4, 8));
  }

  @Test
  void parsesLegacyMarkersIntoTheTree() {
    ParseResult result = InstructionParser.parse("<BOS> [TEXT:a] -> [TEXT:b] <EOS>");
    assertThat(result.instruction().templates().get(0).source().get(0))
        .isInstanceOf(io.ofa4j.instruction.ast.Marker.class);
    assertParsesAndRoundTrips("<BOS> [TEXT:a] -> [TEXT:b] <EOS>");
  }

  @Test
  void unicodeNamesAreIdentifiers() {
    Slot slot = (Slot) only("[TEXT:问题] -> [TEXT:答案]").source().get(0);
    assertThat(slot.name()).isEqualTo("问题");
  }

  private static Template only(String text) {
    Instruction instruction = assertParsesAndRoundTrips(text);
    assertThat(instruction.templates()).hasSize(1);
    return instruction.templates().get(0);
  }
}
