package io.ofa4j.instruction.ast;

import java.util.List;
import java.util.Objects;

/**
 * One template: the source elements left of {@code ->} and the target elements right of it.
 *
 * @param source elements before the arrow (may be empty only in a syntactically broken tree,
 *     never in a parsed one)
 * @param target elements after the arrow
 * @param span the template's text
 */
public record Template(List<Element> source, List<Element> target, SourceSpan span)
    implements Node {
  public Template {
    source = List.copyOf(Objects.requireNonNull(source, "source is null"));
    target = List.copyOf(Objects.requireNonNull(target, "target is null"));
    Objects.requireNonNull(span, "span is null");
  }
}
