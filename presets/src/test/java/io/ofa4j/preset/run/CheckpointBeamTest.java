package io.ofa4j.preset.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.modality.pipeline.RawExample;
import io.ofa4j.modality.pipeline.encode.SequenceBuilder;
import io.ofa4j.modality.pipeline.kit.KitContext;
import io.ofa4j.modality.pipeline.predict.PredictOptions;
import io.ofa4j.modality.pipeline.predict.Predictor;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.preset.recipe.Preset;
import io.ofa4j.runtime.model.Qwen2Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preset asking for {@code num_beams: 3} decodes by beam search at inference: the checkpoint
 * session's answer equals a direct three-beam prediction on the same model and prompt, and differs
 * from the greedy one on some input of a barely trained model.
 */
class CheckpointBeamTest {
  @TempDir Path dir;

  @Test
  void presetBeamsReachThePredictor() throws IOException {
    Path file = dir.resolve("beams.yaml");
    Files.writeString(file, """
        extends: base
        name: beams
        model: {hidden_size: 32, intermediate_size: 64, num_hidden_layers: 1, num_attention_heads: 2,
                num_key_value_heads: 1, vision_depth: 1, vision_embed_dim: 16}
        trainer: {steps: 2, warmup_steps: 1, eval_every: 0, checkpoint_every: 2, keep_last: 1}
        tasks:
          - name: gigaword
            micro_batch_size: 4
            data: {source: synthetic, train: 8, validation: 2}
            generation: {num_beams: 3, max_new_tokens: 6}
        """);
    Services services = Services.create();
    Preset preset = services.presets().load(file.toString(), List.of()).preset();
    TrainResult run = TrainRun.run(services, preset, new TrainRun.Options(dir.resolve("run"), null, null, 0, 1));
    CheckpointSession session = CheckpointSession.open(services, run.checkpoint());

    RunModel model = RunModel.load(run.checkpoint(), preset.model(), services::kits);
    KitContext ctx = KitContext.of(model.tokenizer(), model.locationBins(), false, preset.trainer().seed());
    Predictor direct = new Predictor(new Qwen2Model(model.config(), model.store()), model.kits(),
        new SequenceBuilder(model.kits(), ctx));
    TaskPlan plan = services.planner().plan(services.catalog().find("gigaword").orElseThrow().spec().instruction())
        .template(1);
    PredictOptions greedy = new PredictOptions(6, List.of(), 1);
    int differs = 0;
    for (String src : List.of("the council met on monday to vote on the new budget", "rain fell all day",
        "a cat climbed the tall old tree near the river", "stocks rose sharply", "the team won again")) {
      InferResult viaPreset = session.inferTask("gigaword", Map.of("src", src));
      RawExample ex = RawExample.of("beam#" + src, "src", src);
      String beam = direct.predict(plan, ex, greedy.withSearch(3, 1.0, 0)).text();
      assertThat(viaPreset.raw()).as(src).isEqualTo(beam);
      if (!beam.equals(direct.predict(plan, ex, greedy).text())) {
        differs++;
      }
    }
    assertThat(differs).as("beam search answers differently from greedy on some input").isPositive();
  }
}
