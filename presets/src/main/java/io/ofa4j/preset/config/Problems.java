package io.ofa4j.preset.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every preset problem so that validation reports them all at once (airlift's
 * {@code Problems}); {@link #throwIfAny()} raises one {@link PresetException}.
 */
public final class Problems {
  private final List<PresetProblem> problems = new ArrayList<>();

  /** Records a problem at {@code location} with an optional help line. */
  public void add(Location location, String message, String help) {
    problems.add(new PresetProblem(location, message, help));
  }

  /** Records a problem. */
  public void add(PresetProblem problem) {
    problems.add(problem);
  }

  /** Whether any problem was recorded. */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** The problems in file, line and column order. */
  public List<PresetProblem> sorted() {
    return problems.stream()
        .sorted(Comparator.comparing((PresetProblem p) -> p.location().file())
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column()))
        .toList();
  }

  /** Throws a {@link PresetException} holding all problems, if there are any. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new PresetException(sorted());
    }
  }
}
