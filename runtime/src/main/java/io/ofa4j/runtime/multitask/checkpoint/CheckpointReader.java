package io.ofa4j.runtime.multitask.checkpoint;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.model.Qwen2Checkpoint;
import io.ofa4j.runtime.multitask.LoopState;
import io.ofa4j.runtime.train.AdamWState;
import io.ofa4j.runtime.weights.ParameterStore;
import io.ofa4j.runtime.weights.SafetensorsFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Reads a checkpoint written by {@link CheckpointWriter} back into live objects. */
public final class CheckpointReader {
  private CheckpointReader() {}

  /** The loop state of checkpoint {@code dir}. */
  public static LoopState loopState(Path dir) {
    Path file = requireNonNull(dir, "dir is null").resolve(CheckpointFiles.TRAINER_STATE);
    return LoopStateJson.read(readText(file), file.toString());
  }

  /** The resolved preset text saved with checkpoint {@code dir}. */
  public static String presetText(Path dir) {
    return readText(requireNonNull(dir, "dir is null").resolve(CheckpointFiles.PRESET));
  }

  /**
   * Assigns the saved weights (model and adapters) into {@code model}'s parameter arrays and
   * restores the optimizer. The saved keys must equal the live keys and shapes must match.
   */
  public static void restore(Path dir, ModelState model) {
    requireNonNull(dir, "dir is null");
    requireNonNull(model, "model is null");
    ParameterStore saved = Qwen2Checkpoint.load(dir, true).parameters();
    Path adapters = dir.resolve(CheckpointFiles.ADAPTERS);
    if (Files.isRegularFile(adapters)) {
      try (SafetensorsFile f = SafetensorsFile.open(adapters)) {
        for (String name : f.tensors().keySet()) {
          saved.put(name, f.load(name, true));
        }
      }
    }
    ParameterStore live = model.parameters();
    Set<String> missing = new LinkedHashSet<>(live.keys());
    missing.removeAll(saved.keys());
    Set<String> extra = new LinkedHashSet<>(saved.keys());
    extra.removeAll(live.keys());
    if (!missing.isEmpty() || !extra.isEmpty()) {
      throw new IllegalArgumentException(dir + ": checkpoint parameters do not match the model:"
          + " missing " + missing + ", unexpected " + extra);
    }
    for (String key : live.keys()) {
      assign(dir, key, saved.get(key), live.get(key));
    }
    model.optimizer().restore(optimizerState(dir.resolve(CheckpointFiles.OPTIMIZER)));
  }

  /** Reads {@code optimizer.safetensors}. */
  static AdamWState optimizerState(Path file) {
    Map<String, INDArray> m = new HashMap<>();
    Map<String, INDArray> v = new HashMap<>();
    try (SafetensorsFile f = SafetensorsFile.open(file)) {
      String step = f.metadata().get("step");
      if (step == null || !step.matches("\\d+")) {
        throw new IllegalArgumentException(file + ": metadata 'step' is " + step + ", expected a count");
      }
      for (String name : f.tensors().keySet()) {
        if (name.startsWith(CheckpointWriter.EXP_AVG_SQ)) {
          v.put(name.substring(CheckpointWriter.EXP_AVG_SQ.length()), f.load(name, true));
        } else if (name.startsWith(CheckpointWriter.EXP_AVG)) {
          m.put(name.substring(CheckpointWriter.EXP_AVG.length()), f.load(name, true));
        } else {
          throw new IllegalArgumentException(file + ": unexpected tensor '" + name + "'");
        }
      }
      return new AdamWState(Long.parseLong(step), m, v);
    }
  }

  private static void assign(Path dir, String key, INDArray from, INDArray to) {
    if (!Arrays.equals(from.shape(), to.shape())) {
      throw new IllegalArgumentException(dir + ": tensor '" + key + "' has shape "
          + Arrays.toString(from.shape()) + ", the model has " + Arrays.toString(to.shape()));
    }
    to.assign(from.dataType() == to.dataType() ? from : from.castTo(to.dataType()));
  }

  private static String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
