package io.ofa4j.task.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A catalog task as declared in its YAML file ({@code io/ofa4j/task/catalog/<name>.yaml}): the
 * OFASys one-line instruction, the dataset formats people use for it, the metrics it is judged
 * by (primary first), decoding settings, its label set when the target is a closed set, its
 * synthetic dataset, and the trivial baseline a result must beat.
 *
 * @param name catalog name ({@code sst2}, {@code caption}, ...)
 * @param title one line for listings
 * @param instruction the instruction (alternative templates separated by {@code |||})
 * @param formats dataset formats of the real data (names of the readers in {@code task.data})
 * @param metrics metric names, primary first
 * @param labels the closed label set, or empty when the target is free or the labels come from data
 * @param maxNewTokens decoding budget
 * @param numBeams beams at evaluation
 * @param synthetic the synthetic dataset, or {@code null} when generation is planned only
 * @param baseline what the trivial baseline is (majority class, centre box, ...)
 * @param trainable false while the target modality cannot be generated yet (planned only)
 */
public record TaskSpec(
    String name,
    String title,
    String instruction,
    List<String> formats,
    List<String> metrics,
    List<String> labels,
    @JsonProperty("max_new_tokens") int maxNewTokens,
    @JsonProperty("num_beams") int numBeams,
    SyntheticSpec synthetic,
    String baseline,
    boolean trainable) {

  public TaskSpec {
    requireNonNull(name, "name is null");
    requireNonNull(instruction, "instruction of task '" + name + "' is null");
    title = title == null ? name : title;
    formats = formats == null ? List.of() : List.copyOf(formats);
    metrics = metrics == null ? List.of() : List.copyOf(metrics);
    labels = labels == null ? List.of() : List.copyOf(labels);
    baseline = baseline == null ? "" : baseline;
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("task name '" + name + "' must be lower_snake_case");
    }
    if (metrics.isEmpty()) {
      throw new IllegalArgumentException("task '" + name + "' names no metric");
    }
    if (maxNewTokens <= 0 || numBeams <= 0) {
      throw new IllegalArgumentException("task '" + name + "': max_new_tokens (" + maxNewTokens
          + ") and num_beams (" + numBeams + ") must be > 0");
    }
  }

  /**
   * The synthetic dataset of a task.
   *
   * @param generator generator name ({@code scene_caption}, {@code speech_asr}, ...)
   * @param train training examples
   * @param validation validation examples
   */
  public record SyntheticSpec(String generator, int train, int validation) {
    public SyntheticSpec {
      requireNonNull(generator, "generator is null");
      if (train <= 0 || validation <= 0) {
        throw new IllegalArgumentException("synthetic sizes must be > 0, found train " + train
            + ", validation " + validation);
      }
    }
  }
}
