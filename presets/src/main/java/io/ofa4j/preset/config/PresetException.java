package io.ofa4j.preset.config;

import java.util.List;
import java.util.stream.Collectors;

/** A preset that failed to load or validate, with every problem found. */
public final class PresetException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<PresetProblem> problems;

  /** An exception holding {@code problems} (at least one). */
  public PresetException(List<PresetProblem> problems) {
    super(problems.stream().map(PresetProblem::format).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** All problems, in file order. */
  public List<PresetProblem> problems() {
    return problems;
  }
}
