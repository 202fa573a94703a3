package io.ofa4j.instruction;

import static io.ofa4j.instruction.InstructionBuilder.attr;
import static io.ofa4j.instruction.InstructionBuilder.flag;
import static io.ofa4j.instruction.InstructionBuilder.number;
import static io.ofa4j.instruction.InstructionBuilder.quoted;
import static io.ofa4j.instruction.InstructionBuilder.repeat;
import static io.ofa4j.instruction.InstructionBuilder.repeatBrackets;
import static io.ofa4j.instruction.InstructionBuilder.slot;
import static io.ofa4j.instruction.InstructionBuilder.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.instruction.ast.Instruction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java builder gives the same trees as the parser for the OFASys instructions. */
class InstructionBuilderTest {
  private static final List<String> OFASYS = InstructionAssert.ofasysInstructions();

  @Test
  void buildsCaption() {
    Instruction built = InstructionBuilder.template()
        .source(slot("IMAGE", "img"), text("what does the image describe?"))
        .target(slot("TEXT", "cap"))
        .build();
    assertSameAsParsed(built, OFASYS.get(0));
  }

  @Test
  void buildsGlueColaWithFlags() {
    Instruction built = InstructionBuilder.template()
        .source(text("is the text \""), slot("TEXT", "sentence"), text("\" grammatically correct?"))
        .target(text("is the text \""), slot("TEXT", "sentence", flag("no_loss")),
            text("\" grammatically correct?"), slot("TEXT", "label", flag("closed_set")))
        .build();
    assertSameAsParsed(built, OFASYS.get(1));
  }

  @Test
  void buildsNumbersAndIdentifierValues() {
    assertSameAsParsed(InstructionBuilder.template()
            .source(slot("TEXT", "src", attr("max_length", 512)))
            .target(slot("TEXT", "tgt", number("noise_ratio", "0.2"), attr("max_length", 128)))
            .build(),
        OFASYS.get(27));
    assertSameAsParsed(InstructionBuilder.template()
            .source(text("motion capture:"), slot("TEXT", "text"))
            .target(slot("MOTION", "bvh_frames", attr("preprocess", "motion_6d"), attr("adaptor", "motion_6d")))
            .build(),
        OFASYS.get(28));
  }

  @Test
  void buildsDetectionGroupsInBothSpellings() {
    assertSameAsParsed(InstructionBuilder.template()
            .source(slot("IMAGE", "img"), text("what are the objects in the image?"))
            .target(repeat(slot("BOX"), slot("TEXT")))
            .build(),
        OFASYS.get(11));
    assertSameAsParsed(InstructionBuilder.template()
            .source(slot("IMAGE", "img"), text("detect the objects in the image."))
            .target(repeatBrackets(slot("BOX"), slot("TEXT")))
            .build(),
        OFASYS.get(29));
  }

  @Test
  void buildsAlternativesAndQuotedValues() {
    Instruction built = InstructionBuilder.template()
        .source(slot("TEXT", "a", quoted("path", "data/a, \"b\".tsv")))
        .target(slot("TEXT", "b"))
        .or()
        .source(text("summarize"), slot("TEXT", "a"))
        .target(slot("TEXT", "b"))
        .build();
    assertThat(InstructionFormatter.format(built))
        .isEqualTo("[TEXT:a,path=\"data/a, \\\"b\\\".tsv\"] -> [TEXT:b] ||| summarize [TEXT:a] -> [TEXT:b]");
    assertSameAsParsed(built, InstructionFormatter.format(built));
  }

  @Test
  void rejectsWhatTheLanguageCannotWrite() {
    assertThatThrownBy(() -> slot("BAD NAME"))
        .hasMessage("modality must be an identifier (letters, digits, '_'), got 'BAD NAME'");
    assertThatThrownBy(() -> text("a -> b")).hasMessageContaining("'a -> b'");
    assertThatThrownBy(() -> text("  ")).hasMessage("plain text must not be blank, got '  '");
    assertThatThrownBy(() -> InstructionBuilder.template().source(slot("TEXT")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("template 1 needs a source and a target; got 1 source and 0 target elements");
  }

  private static void assertSameAsParsed(Instruction built, String text) {
    Instruction parsed = InstructionParser.parseOrThrow(text);
    assertThat(Instructions.withoutSpans(built)).isEqualTo(Instructions.withoutSpans(parsed));
    assertThat(Instructions.equalIgnoringSpans(built, parsed)).isTrue();
  }
}
