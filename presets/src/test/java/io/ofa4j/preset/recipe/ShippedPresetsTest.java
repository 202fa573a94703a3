package io.ofa4j.preset.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ofa4j.preset.config.PresetException;
import io.ofa4j.preset.config.PresetProblem;
import io.ofa4j.preset.config.ProblemRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShippedPresetsTest {
  private static final PresetLoader LOADER = PresetLoader.builtIn();
  @TempDir Path dir;

  @Test
  void everyShippedPresetLoadsAndValidates() {
    List<String> names = ShippedPresets.names();
    assertThat(names).contains("base", "quickstart", "ofasys", "qwen2-sft", "sst2", "caption",
        "asr", "refcoco", "vqa", "dart", "sudoku").hasSize(30);
    for (String name : names) {
      List<String> overrides = name.equals("qwen2-sft")
          ? List.of("model.checkpoint=/models/qwen2", "tasks.0.data.path=/data/chat.jsonl")
          : List.of();
      Preset p = LOADER.load(name, overrides).preset();
      assertThat(p.name()).isEqualTo(name);
      assertThat(p.tasks()).isNotEmpty();
    }
  }

  @Test
  void quickstartSpansTextImageBoxAudioAndStructuredTasks() {
    Preset p = LOADER.load("quickstart", List.of()).preset();
    assertThat(p.tasks()).extracting(TaskEntry::name)
        .containsExactly("sst2", "caption", "vqa", "refcoco", "asr", "dart");
    ModelSection d = ModelSection.defaults();
    // 64 Fourier-initialised location bins and the saliency-weighted position code (presets/QUICKSTART.md)
    assertThat(p.model()).isEqualTo(new ModelSection(d.checkpoint(), d.tokenizer(), d.hiddenSize(),
        d.intermediateSize(), d.numHiddenLayers(), d.numAttentionHeads(), d.numKeyValueHeads(), d.tieWordEmbeddings(),
        d.visionDepth(), d.visionEmbedDim(), true, d.mrope(), 64, "sinusoidal"));
  }

  @Test
  void userValuesWinOverShippedOnes() {
    Preset p = LOADER.load("quickstart", List.of("trainer.steps=50", "model.hidden_size=64"))
        .preset();
    assertThat(p.trainer().steps()).isEqualTo(50);
    assertThat(p.model().hiddenSize()).isEqualTo(64);
    assertThat(p.trainer().evalEvery()).isEqualTo(0); // the shipped quickstart evaluates only at the end
  }

  @Test
  void sftPresetSaysWhatIsMissing() {
    PresetException e = catchThrowableOfType(PresetException.class,
        () -> LOADER.load("qwen2-sft", List.of()));
    assertThat(e.problems()).extracting(PresetProblem::message).containsExactly(
        "task 'chat_sft' fine-tunes a pretrained model but model.checkpoint is not set",
        "task 'chat_sft' reads ChatML JSONL but data.path is not set");
  }

  @Test
  void checksTasksAgainstTheCatalogAndPointsIntoTheYamlForInstructionErrors() throws IOException {
    Path p = dir.resolve("mine.yaml");
    Files.writeString(p, """
        extends: base
        name: mine
        tasks:
          - name: sst3
          - name: tts
          - name: mycap
            instruction: "[IMGE:img] what does the image describe? -> [TEXT:cap]"
          - name: sst3
        """);
    PresetException e = catchThrowableOfType(PresetException.class,
        () -> LOADER.load(p.toString(), List.of()));
    assertThat(e.problems()).extracting(PresetProblem::format).containsExactly(
        p + ":4:11: unknown task 'sst3' (and no inline instruction) (did you mean 'sst2'?)",
        p + ":5:11: task 'tts' is planned only: its target modality cannot be generated yet,"
            + " so it cannot be trained (remove it from the preset)",
        p + ":7:20: unknown modality 'IMGE' [UNKNOWN_MODALITY] (did you mean 'IMAGE'?)",
        p + ":8:11: task 'sst3' is listed twice (give each task once)",
        p + ":8:11: unknown task 'sst3' (and no inline instruction) (did you mean 'sst2'?)");
    String rendered = ProblemRenderer.render(e.problems().subList(2, 3),
        java.util.Map.of(p.toString(), Files.readString(p)));
    assertThat(rendered).isEqualTo("""
        error: unknown modality 'IMGE' [UNKNOWN_MODALITY]
         --> %s:7:20
          |
        7 |     instruction: "[IMGE:img] what does the image describe? -> [TEXT:cap]"
          |                    ^^^^
          = help: did you mean 'IMAGE'?
        """.formatted(p));
  }
}
