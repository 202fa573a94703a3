package io.ofa4j.preset.recipe;

import java.util.List;

/**
 * A training stage: a number of steps during which only parameters matching {@code train}
 * (regular expressions over checkpoint keys) are updated, as Qwen-VL trains the adapter first.
 *
 * @param name stage name
 * @param steps steps in this stage
 * @param train patterns of trainable parameters ({@code .*} = everything)
 */
public record StageSection(String name, int steps, List<String> train) {
  public StageSection {
    ModelSection.positive("stages." + name + ".steps", steps);
    train = List.copyOf(train);
    for (String pattern : train) {
      try {
        java.util.regex.Pattern.compile(pattern);
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new IllegalArgumentException("stages." + name + ".train: invalid pattern '"
            + pattern + "': " + e.getDescription());
      }
    }
  }

  /** Everything trainable. */
  public static StageSection defaults() {
    return new StageSection("all", 1, List.of(".*"));
  }
}
