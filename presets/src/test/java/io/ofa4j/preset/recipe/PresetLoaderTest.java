package io.ofa4j.preset.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ofa4j.preset.config.PresetException;
import io.ofa4j.preset.config.PresetProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresetLoaderTest {
  private static final PresetLoader LOADER = PresetLoader.builtIn();
  @TempDir Path dir;

  private Path write(String name, String yaml) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, yaml);
    return p;
  }

  @Test
  void fillsDefaultsForKeysLeftOut() throws IOException {
    Path p = write("min.yaml", "name: min\ntasks:\n  - name: sst2\n");
    Preset preset = LOADER.load(p.toString(), List.of()).preset();
    assertThat(preset.name()).isEqualTo("min");
    assertThat(preset.model()).isEqualTo(ModelSection.defaults());
    assertThat(preset.trainer()).isEqualTo(TrainerSection.defaults());
    assertThat(preset.tasks()).singleElement().satisfies(t -> {
      assertThat(t.name()).isEqualTo("sst2");
      assertThat(t.instruction()).isNull();
      assertThat(t.data()).isEqualTo(DataSection.defaults());
      assertThat(t.microBatchSize()).isEqualTo(8);
    });
  }

  @Test
  void bindsEveryKeyExplicitly() throws IOException {
    Path p = write("full.yaml", """
        name: full
        description: every key
        model:
          checkpoint: /tmp/ckpt
          tokenizer: /tmp/tok
          hidden_size: 64
          intermediate_size: 176
          num_hidden_layers: 3
          num_attention_heads: 4
          num_key_value_heads: 2
          tie_word_embeddings: false
          vision_depth: 1
          vision_embed_dim: 16
        tasks:
          - name: caption
            instruction: "[IMAGE:img] what does the image describe? -> [TEXT:cap]"
            data: {source: coco_karpathy_json, path: /data/coco.json, train: 10, validation: 5,
                   columns: {image: img}, on_malformed: skip}
            micro_batch_size: 4
            weight: 2.5
            loss_weight: 0.5
            generation: {max_new_tokens: 20, num_beams: 3, length_penalty: 0.8,
                         no_repeat_ngram_size: 3}
        trainer:
          steps: 40
          learning_rate: 0.001
          weight_decay: 0.1
          beta1: 0.8
          beta2: 0.9
          warmup_steps: 4
          min_lr_ratio: 0.2
          clip_grad_norm: 0.5
          grad_accumulation: 2
          scheduling: round_robin
          temperature: 3.0
          eval_every: 10
          checkpoint_every: 20
          keep_last: 3
          max_non_finite_steps: 7
          seed: 42
          threads: 1
        stages:
          - {name: adapters, steps: 10, train: ["adapters\\\\..*"]}
          - {name: all, steps: 30, train: [".*"]}
        """);
    Preset preset = LOADER.load(p.toString(), List.of()).preset();
    assertThat(preset.model()).isEqualTo(new ModelSection(Path.of("/tmp/ckpt"), "/tmp/tok",
        64, 176, 3, 4, 2, false, 1, 16, false, false, 200, "random"));
    TaskEntry t = preset.tasks().get(0);
    assertThat(t.instruction().value()).startsWith("[IMAGE:img]");
    assertThat(t.instruction().location()).hasToString(p + ":16:18");
    assertThat(t.instruction().contentStart().column()).isEqualTo(19);
    assertThat(t.data()).isEqualTo(new DataSection("coco_karpathy_json", "/data/coco.json", 10, 5,
        java.util.Map.of("image", "img"), "skip"));
    assertThat(t.generation()).isEqualTo(new GenerationSection(20, 3, 0.8, 3));
    assertThat(t.weight()).isEqualTo(2.5);
    assertThat(t.lossWeight()).isEqualTo(0.5);
    assertThat(preset.trainer()).isEqualTo(new TrainerSection(40, 0.001, 0.1, 0.8, 0.9, 4, 0.2,
        0.5, 2, TrainerSection.Scheduling.ROUND_ROBIN, 3.0, 10, 20, 3, 7, 42, 1));
    assertThat(preset.stages()).extracting(StageSection::name).containsExactly("adapters", "all");
    assertThat(preset.stages().get(0).train()).containsExactly("adapters\\..*");
  }

  @Test
  void reportsAllProblemsAtOnceWithPositions() throws IOException {
    Path p = write("bad.yaml", """
        name: bad
        model:
          hidden_sise: 64
        tasks:
          - name: sst2
            micro_batch_size: many
        trainer:
          steps: 10
          learning_rate: 5
          schedulng: proportional
        """);
    PresetException e = catchThrowableOfType(PresetException.class,
        () -> LOADER.load(p.toString(), List.of()));
    List<String> formatted = e.problems().stream().map(PresetProblem::format).toList();
    assertThat(formatted).containsExactly(
        p + ":3:3: unknown key 'hidden_sise' in 'model' (did you mean 'hidden_size'?)",
        p + ":6:23: 'tasks[0].micro_batch_size' expects an integer, found 'many'",
        p + ":8:3: 'trainer': trainer.learning_rate must be in (0, 1], found 5.0",
        p + ":10:3: unknown key 'schedulng' in 'trainer' (did you mean 'scheduling'?)");
  }

  @Test
  void childValuesWinOverInheritedOnesAndOverridesWinOverBoth() throws IOException {
    write("base.yaml", """
        name: base
        model: {hidden_size: 64, intermediate_size: 176}
        tasks:
          - name: sst2
        trainer: {steps: 100, learning_rate: 0.01}
        """);
    Path child = write("child.yaml", """
        extends: base.yaml
        name: child
        trainer: {steps: 50}
        tasks:
          - name: cola
            micro_batch_size: ${trainer.steps}
        """);
    Preset preset = LOADER.load(child.toString(),
        List.of("trainer.learning_rate=0.002", "tasks.0.weight=3")).preset();
    assertThat(preset.name()).isEqualTo("child");
    assertThat(preset.model().hiddenSize()).isEqualTo(64);
    assertThat(preset.trainer().steps()).isEqualTo(50);
    assertThat(preset.trainer().learningRate()).isEqualTo(0.002);
    assertThat(preset.tasks()).singleElement().satisfies(t -> {
      assertThat(t.name()).isEqualTo("cola");
      assertThat(t.microBatchSize()).isEqualTo(50);
      assertThat(t.weight()).isEqualTo(3.0);
    });
  }

  @Test
  void rejectsReferenceCyclesUnknownReferencesAndBadOverrides() throws IOException {
    Path p = write("refs.yaml", """
        name: ${description}
        description: ${name}
        tasks:
          - name: ${nowhere.at_all}
        """);
    PresetException e = catchThrowableOfType(PresetException.class,
        () -> LOADER.load(p.toString(), List.of("trainer.steps")));
    assertThat(e.problems()).extracting(PresetProblem::message).contains(
        "reference cycle through ${name}",
        "reference ${nowhere.at_all} names no value in the preset",
        "override 'trainer.steps' must look like key.path=value");
  }

  @Test
  void rejectsAnUnknownBasePresetAndInheritanceCycles() throws IOException {
    Path a = write("a.yaml", "extends: b.yaml\nname: a\ntasks: [{name: x}]\n");
    write("b.yaml", "extends: a.yaml\nname: b\n");
    Path c = write("c.yaml", "extends: no-such-preset\nname: c\ntasks: [{name: x}]\n");
    assertThat(catchThrowableOfType(PresetException.class,
        () -> LOADER.load(a.toString(), List.of())).getMessage())
        .contains("preset inheritance cycle");
    assertThat(catchThrowableOfType(PresetException.class,
        () -> LOADER.load(c.toString(), List.of())).getMessage())
        .contains(c + ":1:10: 'extends' names an unknown preset 'no-such-preset'");
  }
}
