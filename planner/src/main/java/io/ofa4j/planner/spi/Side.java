package io.ofa4j.planner.spi;

/** Which side of the {@code ->} arrow a slot or segment is on. */
public enum Side {
  /** Left of the arrow: context, never carries loss. */
  SOURCE,
  /** Right of the arrow: what the model learns to produce. */
  TARGET;

  /** Lower-case label for printing. */
  public String label() {
    return this == SOURCE ? "source" : "target";
  }
}
