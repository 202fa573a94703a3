package io.ofa4j.runtime.train;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Which parameters train and which get weight decay.
 *
 * <p>Freezing: a key trains when it fully matches one of {@code trainable} (regex; empty means
 * all) and none of {@code frozen}, e.g. {@code trainable = [adapters\..*]} for Qwen-VL's first
 * stage, where only the adapter learns.
 *
 * <p>Decay follows the HF {@code Trainer} grouping: no decay on biases and normalisation
 * weights (1-D arrays); decay on matrices, embeddings included.
 *
 * @param trainable regexes of keys that train (empty: every key)
 * @param frozen regexes of keys that never train
 */
public record ParameterGroups(List<String> trainable, List<String> frozen) {
  public ParameterGroups {
    trainable = List.copyOf(requireNonNull(trainable, "trainable is null"));
    frozen = List.copyOf(requireNonNull(frozen, "frozen is null"));
    for (String regex : trainable) {
      compile("trainable", regex);
    }
    for (String regex : frozen) {
      compile("frozen", regex);
    }
  }

  /** Every parameter trains. */
  public static ParameterGroups all() {
    return new ParameterGroups(List.of(), List.of());
  }

  /** Whether {@code key} is updated. */
  public boolean isTrainable(String key) {
    boolean selected = trainable.isEmpty()
        || trainable.stream().anyMatch(r -> Pattern.matches(r, key));
    return selected && frozen.stream().noneMatch(r -> Pattern.matches(r, key));
  }

  /** Whether weight decay applies to {@code key} holding {@code array}. */
  public static boolean decays(String key, INDArray array) {
    return array.rank() >= 2 && !key.endsWith(".bias") && !key.contains("norm");
  }

  private static void compile(String field, String regex) {
    try {
      Pattern.compile(requireNonNull(regex, field + " pattern is null"));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(field + " pattern '" + regex + "' is not a valid regex: "
          + e.getDescription(), e);
    }
  }
}
