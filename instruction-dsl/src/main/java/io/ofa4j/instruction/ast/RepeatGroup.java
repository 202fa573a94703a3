package io.ofa4j.instruction.ast;

import java.util.List;
import java.util.Objects;

/**
 * A repeat group for variable-length inputs or outputs: {@code ( [BOX] [TEXT] )*} or
 * {@code [[BOX] [TEXT]]*} (object detection), {@code ([IMAGE] [TEXT])*} (interleaved inputs).
 * The body repeats zero or more times per example.
 *
 * @param style how it was written (only the formatter cares)
 * @param elements the repeated elements, in order
 * @param span the whole group including the {@code *}
 */
public record RepeatGroup(Style style, List<Element> elements, SourceSpan span)
    implements Element {
  public RepeatGroup {
    Objects.requireNonNull(style, "style is null");
    elements = List.copyOf(Objects.requireNonNull(elements, "elements is null"));
    Objects.requireNonNull(span, "span is null");
  }

  /** The two spellings of a repeat group. */
  public enum Style {
    /** {@code ( ... )*} */
    PARENTHESES,
    /** {@code [ ... ]*} */
    BRACKETS
  }
}
