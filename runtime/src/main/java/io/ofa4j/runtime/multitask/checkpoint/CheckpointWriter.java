package io.ofa4j.runtime.multitask.checkpoint;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.model.Qwen2Checkpoint;
import io.ofa4j.runtime.model.Qwen2WeightNames;
import io.ofa4j.runtime.multitask.LoopState;
import io.ofa4j.runtime.train.AdamWState;
import io.ofa4j.runtime.weights.ParameterStore;
import io.ofa4j.runtime.weights.SafetensorsWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Writes one checkpoint atomically: everything goes into {@code .tmp-step-N-<nanos>/} beside the
 * target, each file and then the directory are fsynced, and the directory is renamed to
 * {@code step-N} with {@code ATOMIC_MOVE}. A checkpoint of the same step already there is moved
 * aside first and deleted after the rename.
 */
public final class CheckpointWriter {
  /** Prefix of optimizer first-moment tensors ({@code exp_avg.<parameter key>}). */
  public static final String EXP_AVG = "exp_avg.";
  /** Prefix of optimizer second-moment tensors. */
  public static final String EXP_AVG_SQ = "exp_avg_sq.";

  private final WriteHook hook;

  /** A writer calling {@code hook} after each file. */
  public CheckpointWriter(WriteHook hook) {
    this.hook = requireNonNull(hook, "hook is null");
  }

  /**
   * Writes the checkpoint of {@code state.step()} under {@code root}.
   *
   * @return the final checkpoint directory
   */
  public Path write(Path root, ModelState model, LoopState state, String presetText) {
    requireNonNull(root, "root is null");
    requireNonNull(model, "model is null");
    requireNonNull(state, "state is null");
    requireNonNull(presetText, "presetText is null");
    String name = CheckpointFiles.dirName(state.step());
    Path target = root.resolve(name);
    Path tmp = root.resolve(CheckpointFiles.TEMP_PREFIX + name + "-" + System.nanoTime());
    try {
      Files.createDirectories(tmp);
      writeModel(tmp, model);
      writeOptimizer(tmp, model.optimizer().state());
      writeText(tmp.resolve(CheckpointFiles.TRAINER_STATE), LoopStateJson.write(state));
      writeText(tmp.resolve(CheckpointFiles.PRESET), presetText);
      try (var files = Files.list(tmp)) {
        for (Path f : files.toList()) {
          Fsync.file(f);
        }
      }
      Fsync.directory(tmp);
      Path old = null;
      if (Files.exists(target)) {
        old = root.resolve(CheckpointFiles.TEMP_PREFIX + "old-" + name + "-" + System.nanoTime());
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      Fsync.directory(root);
      if (old != null) {
        CheckpointDirectory.deleteTree(old);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write checkpoint " + target + ": " + e.getMessage(), e);
    }
  }

  private void writeModel(Path dir, ModelState model) {
    ParameterStore lm = new ParameterStore();
    Map<String, INDArray> others = new LinkedHashMap<>();
    model.parameters().asMap().forEach((k, v) -> {
      if (Qwen2WeightNames.isLanguageModelKey(k)) {
        lm.put(k, v);
      } else {
        others.put(k, v);
      }
    });
    new Qwen2Checkpoint(model.config(), lm, Optional.empty()).save(dir);
    hook.afterFile(dir.resolve(CheckpointFiles.MODEL));
    if (!others.isEmpty()) {
      Path file = dir.resolve(CheckpointFiles.ADAPTERS);
      SafetensorsWriter.write(file, others, Map.of("format", "pt"));
      hook.afterFile(file);
    }
  }

  private void writeOptimizer(Path dir, AdamWState state) {
    Map<String, INDArray> tensors = new LinkedHashMap<>();
    state.expAvg().forEach((k, v) -> tensors.put(EXP_AVG + k, v));
    state.expAvgSq().forEach((k, v) -> tensors.put(EXP_AVG_SQ + k, v));
    Path file = dir.resolve(CheckpointFiles.OPTIMIZER);
    SafetensorsWriter.write(file, tensors, Map.of("format", "pt", "step", Long.toString(state.step())));
    hook.afterFile(file);
  }

  private void writeText(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    hook.afterFile(file);
  }
}
