package io.ofa4j.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.instruction.diagnostic.Diagnostic;
import io.ofa4j.instruction.diagnostic.DslErrorCode;
import io.ofa4j.instruction.diagnostic.Severity;
import io.ofa4j.planner.modality.TextDescriptor;
import io.ofa4j.planner.plan.Layout;
import io.ofa4j.planner.spi.ModalityName;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One bad instruction per semantic code, with the exact message, position and help. */
class SemanticErrorsTest {

  private final Planner planner = Planner.builtIn();

  private Diagnostic onlyError(String instruction) {
    List<Diagnostic> errors = planner.check(instruction, Layout.CHAT)
        .diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    assertThat(errors).as("errors of %s", instruction).hasSize(1);
    return errors.get(0);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiterString = " | ", nullValues = "-", textBlock = """
      [IMGE:img] what does the image describe? -> [TEXT:cap] | UNKNOWN_MODALITY | 1:2 | unknown modality 'IMGE' | did you mean 'IMAGE'?
      [TEXT:src,max_lenght=10] -> [TEXT:tgt] | UNKNOWN_ATTRIBUTE | 1:11 | unknown attribute 'max_lenght' for TEXT slot 'src' | did you mean 'max_length'?
      [TEXT:src,max_length=abc] -> [TEXT:tgt] | INVALID_ATTRIBUTE_VALUE | 1:22 | attribute 'max_length' of slot 'src' expects an integer, found 'abc' | -
      [IMAGE:img,mask_ratio=1.5] -> [TEXT:cap] | INVALID_ATTRIBUTE_VALUE | 1:23 | attribute 'mask_ratio' of slot 'img' must be in [0, 1], found '1.5' | -
      [IMAGE:img] -> [BOX:b,format=xyhw] | INVALID_ATTRIBUTE_VALUE | 1:30 | attribute 'format' of slot 'b' expects one of xyxy, xywh, found 'xyhw' | did you mean 'xywh'?
      [IMAGE:img,adaptor=image_vqgan,adapter=image_vqgan] -> [TEXT:cap] | DUPLICATE_ATTRIBUTE | 1:32 | attribute 'adaptor' of slot 'img' is given twice | -
      [IMAGE:x] and [TEXT:x] -> [TEXT:y] | CONFLICTING_SLOT_NAME | 1:15 | slot name 'x' is used as IMAGE at 1:1 and as TEXT here | give the two slots different names
      [TEXT:a] -> just text | NO_TARGET_SLOT | 1:13 | the target has no slot: write one such as [TEXT:answer] after '->' | -
      [TEXT:a] -> [TEXT:a,no_loss] | NO_TARGET_SLOT | 1:13 | the target has no slot to generate: every target slot is no_loss | -
      [TEXT:t] -> [AUDIO:wav] | TARGET_NOT_GENERATABLE | 1:13 | slot 'wav' cannot be a target: an AUDIO target needs a generative adapter, but adaptor 'audio_whisper' only encodes audio | write adaptor=audio_tgt_fbank (planned only: speech generation is not implemented)
      [AUDIO:wav] -> [PHONE:phone] | TARGET_NOT_GENERATABLE | 1:16 | slot 'phone' cannot be a target: PHONE cannot be generated: it is an input modality | for speech recognition write [TEXT:text,preprocess=text_phone]
      [TEXT:t] -> [IMAGE:img] | TARGET_NOT_GENERATABLE | 1:13 | slot 'img' cannot be a target: an IMAGE target needs discrete image codes, but the slot uses preprocess 'image_qwen2vl' and adaptor 'image_qwen2vl_vit' | write preprocess=image_vqgan,adaptor=image_vqgan (planned only: image generation is not implemented)
      [IMAGE:img] -> [BOX:b,closed_set] | CLOSED_SET_NOT_TEXT | 1:23 | attribute 'closed_set' is only valid on TEXT slots, found on BOX slot 'b' | -
      [IMAGE:img,preprocess=image_vqgn] -> [TEXT:c] | UNKNOWN_PREPROCESSOR | 1:23 | unknown preprocessor 'image_vqgn' for IMAGE slot 'img' | did you mean 'image_vqgan'?
      [PHONE:p] -> [AUDIO:fbank,adaptor=audio_tgt_fbnk] | UNKNOWN_ADAPTER | 1:35 | unknown adapter 'audio_tgt_fbnk' for AUDIO slot 'fbank' | did you mean 'audio_tgt_fbank'?
      """)
  void reportsExactMessage(String instruction, DslErrorCode code, String position,
      String message, String help) {
    Diagnostic d = onlyError(instruction);
    assertThat(d.code()).isEqualTo(code);
    assertThat(d.span().toString()).isEqualTo(position);
    assertThat(d.message()).isEqualTo(message);
    assertThat(d.help()).isEqualTo(help);
  }

  @Test
  void reportsASourceTheModalityRejects() {
    Planner custom = new Planner(ModalityRegistry.of(List.of(
        new TextDescriptor(), new TargetOnlyDescriptor())));
    List<Diagnostic> errors = custom.check("[SKETCH:s] -> [TEXT:t]",
        Layout.CHAT).diagnostics();
    assertThat(errors).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(DslErrorCode.SOURCE_NOT_SUPPORTED);
      assertThat(d.span().toString()).isEqualTo("1:2");
      assertThat(d.message()).isEqualTo(
          "slot 's' cannot be a source: sketches are produced, never read");
    });
  }

  /** A modality that can only be generated. */
  @ModalityName("SKETCH")
  static final class TargetOnlyDescriptor extends PlannerModuleTest.HeatmapDescriptor {
    TargetOnlyDescriptor() {
      super("SKETCH", "DRAWING");
    }

    @Override
    public Optional<String> sourceRestriction() {
      return Optional.of("sketches are produced, never read");
    }
  }

  @Test
  void emptyTargetIsReportedOnceByTheParser() {
    assertThat(planner.check("[TEXT:a] ->", Layout.CHAT).diagnostics())
        .extracting(d -> d.code()).containsExactly(DslErrorCode.EMPTY_TARGET);
  }

  @Test
  void unknownModalityWithoutCloseNameListsKnownOnes() {
    Diagnostic d = onlyError("[HOLOGRAM:h] -> [TEXT:t]");
    assertThat(d.help()).isEqualTo(
        "known modalities: AUDIO, BOX, CATEGORY, IMAGE, MOTION, PHONE, STRUCT, TEXT, VIDEO");
  }

  @Test
  void exceptionMessageListsEveryErrorByPosition() {
    assertThatThrownBy(() -> planner.plan("[IMGE:img] [TEXT:q,max_length=abc] -> [PHONE:p]"))
        .isInstanceOf(PlanningException.class)
        .hasMessage("line 1:2: unknown modality 'IMGE'\n"
            + "line 1:31: attribute 'max_length' of slot 'q' expects an integer, found 'abc'\n"
            + "line 1:39: slot 'p' cannot be a target: PHONE cannot be generated: it is an input "
            + "modality");
  }
}
