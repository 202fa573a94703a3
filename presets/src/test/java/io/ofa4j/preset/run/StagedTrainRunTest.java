package io.ofa4j.preset.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.preset.cli.Main;
import io.ofa4j.runtime.model.Qwen2Checkpoint;
import io.ofa4j.runtime.weights.ParameterStore;
import io.ofa4j.runtime.weights.SafetensorsFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A run with stages (Qwen-VL style: adapters only, then everything) through the CLI: between the
 * checkpoints of steps 1 and 2 (both in the adapters stage) every backbone weight is bit-identical
 * while the vision adapter moves; in the second stage the backbone moves.
 */
class StagedTrainRunTest {
  @TempDir Path dir;

  @Test
  void firstStageLeavesTheBackboneBitIdentical() throws Exception {
    Path preset = dir.resolve("staged.yaml");
    Files.writeString(preset, Files.readString(TinyPreset.write(dir, 4))
        .replace("name: tiny", "name: staged")
        .replace("  checkpoint_every: 2\n  keep_last: 1\n", "  checkpoint_every: 1\n  keep_last: 9\n")
        + "stages:\n  - {name: adapters, steps: 2, train: [\"visual\\\\..*|adapters\\\\..*\"]}\n"
        + "  - {name: all, steps: 2, train: [\".*\"]}\n");
    Path run = dir.resolve("run");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"train", "--preset", preset.toString(), "--out", run.toString()},
        new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    Map<String, INDArray> s1 = weights(run.resolve("checkpoints/step-00000001"));
    Map<String, INDArray> s2 = weights(run.resolve("checkpoints/step-00000002"));
    Map<String, INDArray> s4 = weights(run.resolve("checkpoints/step-00000004"));
    int backbone = 0;
    for (String key : s1.keySet()) {
      if (key.startsWith("model.") || key.startsWith("lm_head.")) {
        backbone++;
        assertThat(s2.get(key)).as("%s in stage 1", key).isEqualTo(s1.get(key));
      }
    }
    assertThat(backbone).isGreaterThan(5);
    String visual = s1.keySet().stream().filter(k -> k.startsWith("visual.")).findFirst().orElseThrow();
    assertThat(s2.get(visual)).as("vision adapter trains in stage 1").isNotEqualTo(s1.get(visual));
    assertThat(s4.get("model.embed_tokens.weight")).as("backbone trains in stage 2")
        .isNotEqualTo(s2.get("model.embed_tokens.weight"));
  }

  private static Map<String, INDArray> weights(Path ckpt) {
    Map<String, INDArray> out = new TreeMap<>();
    ParameterStore lm = Qwen2Checkpoint.load(ckpt, true).parameters();
    lm.keys().forEach(k -> out.put(k, lm.get(k)));
    try (SafetensorsFile f = SafetensorsFile.open(ckpt.resolve("adapters.safetensors"))) {
      for (String name : f.tensors().keySet()) {
        out.put(name, f.load(name, true));
      }
    }
    return out;
  }
}
