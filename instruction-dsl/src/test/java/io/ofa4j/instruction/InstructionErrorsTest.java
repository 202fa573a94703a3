package io.ofa4j.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.instruction.diagnostic.Diagnostic;
import io.ofa4j.instruction.diagnostic.DslErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact, machine-stable message for every syntax error code (Trino
 * {@code TestSqlParserErrorHandling} style), plus the rendered caret blocks.
 */
class InstructionErrorsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "¦", quoteCharacter = '`', textBlock = """
      MISSING_ARROW       ¦ [IMAGE:img] what does the image describe? [TEXT:cap]    ¦ line 1:53: missing '->' in template 1; a template is written 'source -> target'
      MISSING_ARROW       ¦ [TEXT:a] -> [TEXT:b] ||| [TEXT:c]                       ¦ line 1:34: missing '->' in template 2; a template is written 'source -> target'
      MULTIPLE_ARROWS     ¦ [IMAGE:img] what -> does -> [TEXT:cap]                  ¦ line 1:26: second '->' in template 1; a template has exactly one '->' between source and target
      EMPTY_SOURCE        ¦ -> [TEXT:cap]                                           ¦ line 1:1: empty source in template 1: nothing before '->'
      EMPTY_TARGET        ¦ [IMAGE:img] what does the image describe? ->            ¦ line 1:43: empty target in template 1: nothing after '->'
      EMPTY_TEMPLATE      ¦ [TEXT:a] -> [TEXT:b] ||| ||| [TEXT:a] -> [TEXT:c]       ¦ line 1:26: empty template 2 before '|||'
      EMPTY_TEMPLATE      ¦ ``                                                      ¦ line 1:1: empty instruction
      UNCLOSED_SLOT       ¦ [IMAGE:img what does the image describe? -> [TEXT:cap]  ¦ line 1:1: unclosed slot '[IMAGE:img': expected ']' before 'what'
      UNCLOSED_SLOT       ¦ [IMAGE:img] describe -> [TEXT:cap                       ¦ line 1:25: unclosed slot '[TEXT:cap': expected ']' before end of input
      UNCLOSED_SLOT       ¦ [IMAGE:img -> [TEXT:cap]                                ¦ line 1:1: unclosed slot '[IMAGE:img': expected ']' before '->'
      STRAY_BRACKET       ¦ [IMAGE:img] caption] -> [TEXT:cap]                      ¦ line 1:20: stray ']' outside a slot
      STRAY_BRACKET       ¦ [IMAGE:img] objects -> [BOX] [TEXT])*                   ¦ line 1:36: ')*' closes no repeat group
      STRAY_BRACKET       ¦ [IMAGE:img] objects -> [BOX] [TEXT]]*                   ¦ line 1:36: ']*' closes no repeat group
      EMPTY_SLOT          ¦ [] what -> [TEXT:cap]                                   ¦ line 1:1: empty slot '[]'
      EMPTY_SLOT_NAME     ¦ [TEXT:] what -> [TEXT:cap]                              ¦ line 1:6: empty name after ':' in slot '[TEXT:]'
      UNCLOSED_STRING     ¦ [TEXT:a,path="abc] -> [TEXT:cap]                        ¦ line 1:14: unclosed string "abc] -> [TEXT:cap]: expected a closing '"' before the end of the line
      UNCLOSED_GROUP      ¦ [IMAGE:img] what -> ( [BOX] [TEXT]                      ¦ line 1:21: repeat group opened by '(' is not closed: expected ')*' before end of input
      UNCLOSED_GROUP      ¦ [IMAGE:img] what -> [[BOX] [TEXT] ||| [TEXT:a] -> [TEXT] ¦ line 1:21: repeat group opened by '[' is not closed: expected ']*' before '|||'
      UNCLOSED_GROUP      ¦ [IMAGE:img] what -> [[BOX] [TEXT]]                      ¦ line 1:34: repeat group opened by '[' at 1:21 is closed by ']' without '*'
      REPEAT_WITHOUT_SLOT ¦ [IMAGE:img] what -> ( boxes )*                          ¦ line 1:21: repeat group '( boxes )*' has no slot
      DUPLICATE_ATTRIBUTE ¦ [TEXT:a,no_loss,no_loss] -> [TEXT:b]                    ¦ line 1:17: duplicate attribute 'no_loss' in slot '[TEXT:a,no_loss,no_loss]'
      SYNTAX_ERROR        ¦ [TEXT,=3] -> [TEXT]                                     ¦ line 1:7: mismatched input '='. Expecting: <attribute>
      SYNTAX_ERROR        ¦ [TEXT,a=] -> [TEXT]                                     ¦ line 1:9: mismatched input ']'. Expecting: <value>
      SYNTAX_ERROR        ¦ [:x] -> [TEXT]                                          ¦ line 1:2: mismatched input ':'. Expecting: <modality>, ']'
      SYNTAX_ERROR        ¦ [TEXT:a b] -> [TEXT]                                    ¦ line 1:9: mismatched input 'b'. Expecting: ',', ']'
      SYNTAX_ERROR        ¦ [TEXT:a?] -> [TEXT]                                     ¦ line 1:8: mismatched input '?'. Expecting: ',', ']'
      SYNTAX_ERROR        ¦ [TEXT:a:b] -> [TEXT]                                    ¦ line 1:8: mismatched input ':'. Expecting: ',', ']'
      SYNTAX_ERROR        ¦ [TEXT:a,x=1e99999999999] -> [TEXT]                      ¦ line 1:11: number '1e99999999999' is out of range
      """)
  void reportsExactMessage(DslErrorCode code, String instruction, String message) {
    String text = instruction == null ? "" : instruction;
    assertThatThrownBy(() -> InstructionParser.parseOrThrow(text))
        .isInstanceOfSatisfying(InstructionException.class, e -> {
          assertThat(e.getMessage()).isEqualTo(message);
          assertThat(e.diagnostics()).first().extracting(Diagnostic::code).isEqualTo(code);
          assertThat(e.getErrorMessage()).isEqualTo(message.substring(message.indexOf(": ") + 2));
          assertThat(e.source()).isEqualTo(text);
        });
  }

  @Test
  void legacyMarkersAreWarningsNotErrors() {
    ParseResult result = InstructionParser.parse("<BOS> [TEXT:a] -> [TEXT:b] <EOS>");
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.warnings()).extracting(Diagnostic::format).containsExactly(
        "line 1:1: legacy marker '<BOS>'; ofa4j adds begin- and end-of-sequence tokens itself",
        "line 1:28: legacy marker '<EOS>'; ofa4j adds begin- and end-of-sequence tokens itself");
    assertThat(result.warnings()).allMatch(d -> d.code() == DslErrorCode.LEGACY_MARKER);
    assertThat(InstructionParser.parseOrThrow("<BOS> [TEXT:a] -> [TEXT:b] <EOS>").templates()).hasSize(1);
  }

  @Test
  void reportsEveryProblemAtOnceInSourceOrder() {
    ParseResult result = InstructionParser.parse(
        "[IMAGE:img what -> [] -> x ||| [TEXT:a,n=1,n=2] ( [BOX] -> [TEXT:] |||");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(
        DslErrorCode.UNCLOSED_SLOT,
        DslErrorCode.EMPTY_SLOT,
        DslErrorCode.MULTIPLE_ARROWS,
        DslErrorCode.DUPLICATE_ATTRIBUTE,
        DslErrorCode.UNCLOSED_GROUP,
        DslErrorCode.EMPTY_SLOT_NAME,
        DslErrorCode.EMPTY_TEMPLATE);
    assertThat(result.instruction().templates()).hasSize(3);
  }

  @Test
  void keepsATreeForStructuralMistakes() {
    ParseResult result = InstructionParser.parse("[IMAGE:img] caption -> [TEXT:a] -> [TEXT:b]");
    assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(DslErrorCode.MULTIPLE_ARROWS);
    assertThat(result.instruction().templates().get(0).target()).hasSize(2);
    ParseResult missing = InstructionParser.parse("[IMAGE:img] caption [TEXT:cap]");
    assertThat(missing.instruction().templates().get(0).source()).hasSize(3);
  }

  @Test
  void givesHelpWithTheFirstDuplicate() {
    Diagnostic duplicate = InstructionParser.parse("[TEXT:a,max_length=3,max_length=4] -> [TEXT]")
        .errors().get(0);
    assertThat(duplicate.help()).isEqualTo("first given at 1:9; give each attribute once");
  }

  @Test
  void rendersCaretUnderTheUnclosedSlot() {
    assertThat(render("instruction", "[IMAGE:img what does the image describe? -> [TEXT:cap]"))
        .isEqualTo("""
            error[UNCLOSED_SLOT]: unclosed slot '[IMAGE:img': expected ']' before 'what'
             --> instruction 1:1
              |
            1 | [IMAGE:img what does the image describe? -> [TEXT:cap]
              | ^^^^^^^^^^
              = help: close the slot with ']', as in '[IMAGE:img]'""");
  }

  @Test
  void rendersSecondArrowAndWarningTogether() {
    assertThat(renderFile("presets/tasks/caption.yaml", "<BOS> [IMAGE:img] a -> b -> [TEXT:cap]"))
        .isEqualTo("""
            warning[LEGACY_MARKER]: legacy marker '<BOS>'; ofa4j adds begin- and end-of-sequence tokens itself
             --> presets/tasks/caption.yaml:1:1
              |
            1 | <BOS> [IMAGE:img] a -> b -> [TEXT:cap]
              | ^^^^^
              = help: remove '<BOS>'

            error[MULTIPLE_ARROWS]: second '->' in template 1; a template has exactly one '->' between source and target
             --> presets/tasks/caption.yaml:1:26
              |
            1 | <BOS> [IMAGE:img] a -> b -> [TEXT:cap]
              |                          ^^
              = help: the first '->' is at 1:21; to give alternative templates separate them with '|||'""");
  }

  @Test
  void rendersTheRightLineOfAMultiLineInstructionWithAWideGutter() {
    String source = "[IMAGE:img]\n".repeat(9) + "what does\nthe [IMAGE:x] show? ->";
    assertThat(render("instruction", source)).isEqualTo("""
        error[EMPTY_TARGET]: empty target in template 1: nothing after '->'
          --> instruction 11:21
           |
        11 | the [IMAGE:x] show? ->
           |                     ^^
           = help: write what to generate after '->', as in '[IMAGE:img] caption -> [TEXT:cap]'""");
  }

  @Test
  void rendersMissingArrowAsInsertionPointAfterTheText() {
    assertThat(render("instruction", "[IMAGE:img] caption")).isEqualTo("""
        error[MISSING_ARROW]: missing '->' in template 1; a template is written 'source -> target'
         --> instruction 1:20
          |
        1 | [IMAGE:img] caption
          |                    ^
          = help: put '->' between the source and the target, as in '[IMAGE:img] caption -> [TEXT:cap]'""");
  }

  @Test
  void rendersPlannerDiagnosticsInTheDocumentedForm() {
    String source = "[IMGE:img] what does the image describe? -> [TEXT:cap]";
    Diagnostic diagnostic = Diagnostic.error(DslErrorCode.UNKNOWN_MODALITY,
        InstructionParser.parseOrThrow(source).templates().get(0).source().get(0) instanceof
            io.ofa4j.instruction.ast.Slot slot ? slot.modalitySpan() : null,
        "unknown modality 'IMGE'", "did you mean 'IMAGE'?");
    assertThat(new DiagnosticRenderer("instruction").render(source, diagnostic)).isEqualTo("""
        error[UNKNOWN_MODALITY]: unknown modality 'IMGE'
         --> instruction 1:2
          |
        1 | [IMGE:img] what does the image describe? -> [TEXT:cap]
          |  ^^^^
          = help: did you mean 'IMAGE'?""");
  }

  private static String render(String origin, String source) {
    return new DiagnosticRenderer(origin).render(InstructionParser.parse(source));
  }

  private static String renderFile(String path, String source) {
    return DiagnosticRenderer.forFile(path).render(InstructionParser.parse(source));
  }
}
