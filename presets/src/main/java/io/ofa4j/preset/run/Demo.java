package io.ofa4j.preset.run;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A prediction of a fresh example: the inputs as given to {@code ofa4j infer}, the result and the
 * reference answer.
 *
 * @param inputs slot -> value as on the command line (media as paths)
 * @param result the prediction
 * @param reference the reference answer, displayed
 */
public record Demo(Map<String, String> inputs, InferResult result, String reference) {
  public Demo {
    inputs = Map.copyOf(requireNonNull(inputs, "inputs is null"));
    requireNonNull(result, "result is null");
    requireNonNull(reference, "reference is null");
  }

  /** The command-line form of a dataset value: a path, text, a box, triples joined by {@code ;}. */
  static String commandLine(Object value) {
    if (value instanceof double[] d) {
      return java.util.Arrays.stream(d).mapToObj(x -> String.format(java.util.Locale.ROOT, "%.1f", x))
          .collect(Collectors.joining(","));
    }
    if (value instanceof List<?> l) {
      return l.stream().map(String::valueOf).collect(Collectors.joining(" ; "));
    }
    return String.valueOf(value);
  }

  @Override
  public String toString() {
    return String.format("%-8s %s%n         -> %s%n         reference: %s", result.task(), inputs, result.toJsonLine(),
        reference);
  }
}
