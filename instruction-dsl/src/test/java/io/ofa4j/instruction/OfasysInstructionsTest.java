package io.ofa4j.instruction;

import static io.ofa4j.instruction.InstructionAssert.assertParsesAndRoundTrips;
import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.instruction.ast.Element;
import io.ofa4j.instruction.ast.Instruction;
import io.ofa4j.instruction.ast.PlainText;
import io.ofa4j.instruction.ast.RepeatGroup;
import io.ofa4j.instruction.ast.Slot;
import io.ofa4j.instruction.ast.Template;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every instruction OFASys ships parses, round-trips, and has the expected shape. */
class OfasysInstructionsTest {

  static Stream<String> instructions() {
    return InstructionAssert.ofasysInstructions().stream();
  }

  @Test
  void resourceHoldsThirtyInstructions() {
    assertThat(InstructionAssert.ofasysInstructions()).hasSize(30);
  }

  @ParameterizedTest
  @MethodSource("instructions")
  void parsesAndRoundTrips(String text) {
    Instruction instruction = assertParsesAndRoundTrips(text);
    assertThat(instruction.templates()).hasSize(1);
    Template template = instruction.templates().get(0);
    assertThat(template.source()).isNotEmpty();
    assertThat(template.target()).isNotEmpty();
    assertThat(InstructionParser.parse(text).warnings()).isEmpty();
  }

  @Test
  void keepsQuotesAroundSlotsAsPlainText() {
    Template template = single("is the sentiment of text \" [TEXT:sentence] \" positive or negative?"
        + " -> is the sentiment of text \" [TEXT:sentence,no_loss] \" positive or negative? [TEXT:label,closed_set]");
    assertThat(template.source()).extracting(OfasysInstructionsTest::describe)
        .containsExactly("text:is the sentiment of text \"", "slot:TEXT:sentence", "text:\" positive or negative?");
    assertThat(template.target()).extracting(OfasysInstructionsTest::describe)
        .containsExactly("text:is the sentiment of text \"", "slot:TEXT:sentence", "text:\" positive or negative?",
            "slot:TEXT:label");
    Slot label = (Slot) template.target().get(3);
    assertThat(label.attribute("closed_set")).hasValueSatisfying(a -> assertThat(a.value()).isNull());
  }

  @Test
  void parsesDetectionGroupsInBothSpellings() {
    RepeatGroup parens = (RepeatGroup) single(
        "[IMAGE:img] what are the objects in the image? -> ( [BOX] [TEXT])*").target().get(0);
    RepeatGroup brackets = (RepeatGroup) single(
        "[IMAGE:img] detect the objects in the image. -> [[BOX] [TEXT]]*").target().get(0);
    assertThat(parens.style()).isEqualTo(RepeatGroup.Style.PARENTHESES);
    assertThat(brackets.style()).isEqualTo(RepeatGroup.Style.BRACKETS);
    assertThat(parens.elements()).extracting(OfasysInstructionsTest::describe)
        .containsExactly("slot:BOX:null", "slot:TEXT:null");
    assertThat(brackets.elements()).extracting(OfasysInstructionsTest::describe)
        .containsExactly("slot:BOX:null", "slot:TEXT:null");
  }

  @Test
  void keepsNumbersExactAndSlotInsideQuotes() {
    Template template = single(
        "what is the complete image of \"[IMAGE:img,mask_ratio=0.5]\"? -> [IMAGE,preprocess=image_vqgan,adaptor=image_vqgan]");
    assertThat(template.source()).extracting(OfasysInstructionsTest::describe)
        .containsExactly("text:what is the complete image of \"", "slot:IMAGE:img", "text:\"?");
    Slot image = (Slot) template.source().get(1);
    assertThat(image.attribute("mask_ratio").orElseThrow().value().text()).isEqualTo("0.5");
    assertThat(image.span().column()).isEqualTo(32);
    assertThat(image.span().length()).isEqualTo("[IMAGE:img,mask_ratio=0.5]".length());
  }

  private static Template single(String text) {
    List<Template> templates = assertParsesAndRoundTrips(text).templates();
    assertThat(templates).hasSize(1);
    return templates.get(0);
  }

  static String describe(Element element) {
    if (element instanceof PlainText text) {
      return "text:" + text.text();
    }
    if (element instanceof Slot slot) {
      return "slot:" + slot.modality() + ":" + slot.name();
    }
    return element.getClass().getSimpleName();
  }
}
