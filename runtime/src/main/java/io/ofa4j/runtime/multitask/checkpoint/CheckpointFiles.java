package io.ofa4j.runtime.multitask.checkpoint;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** File and directory names of a training checkpoint. */
public final class CheckpointFiles {
  /** Language-model weights (Hugging Face layout, with {@code config.json}). */
  public static final String MODEL = "model.safetensors";
  /** Parameters outside the language model ({@code visual.*}, {@code adapters.*}, ...). */
  public static final String ADAPTERS = "adapters.safetensors";
  /** AdamW moments; {@code step} in the metadata. */
  public static final String OPTIMIZER = "optimizer.safetensors";
  /** {@link io.ofa4j.runtime.multitask.LoopState} as JSON. */
  public static final String TRAINER_STATE = "trainer_state.json";
  /** The resolved preset text. */
  public static final String PRESET = "preset.yaml";
  /** Prefix of temporary directories (never taken as checkpoints). */
  public static final String TEMP_PREFIX = ".tmp-";

  private static final Pattern NAME = Pattern.compile("step-(\\d{8,})");

  private CheckpointFiles() {}

  /** The directory name of the checkpoint after {@code step} steps. */
  public static String dirName(long step) {
    return String.format(Locale.ROOT, "step-%08d", step);
  }

  /** The step of a checkpoint directory name, or empty for anything else. */
  public static Optional<Long> stepOf(String dirName) {
    Matcher m = NAME.matcher(dirName);
    return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
  }
}
