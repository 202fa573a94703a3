package io.ofa4j.preset.config;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A preset that failed to load or validate, with every problem found and the text of the files
 * read (so {@link ProblemRenderer} can show the offending lines).
 */
public final class PresetException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<PresetProblem> problems;
  private final transient Map<String, String> sources;

  /** An exception holding {@code problems} (at least one). */
  public PresetException(List<PresetProblem> problems) {
    this(problems, Map.of());
  }

  /** An exception holding {@code problems} and the sources they point into. */
  public PresetException(List<PresetProblem> problems, Map<String, String> sources) {
    super(problems.stream().map(PresetProblem::format).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
    this.sources = Map.copyOf(sources);
  }

  /** All problems, in file order. */
  public List<PresetProblem> problems() {
    return problems;
  }

  /** File name -> text of the preset files read. */
  public Map<String, String> sources() {
    return sources;
  }

  /** The problems rendered with source lines and carets. */
  public String render() {
    return ProblemRenderer.render(problems, sources);
  }
}
