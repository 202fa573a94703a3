package io.ofa4j.instruction.ast;

import java.util.Objects;
import java.util.Optional;

/**
 * A slot attribute {@code name} or {@code name=value}. A bare attribute ({@code no_loss}) has no
 * value; the planner reads it as boolean {@code true}.
 *
 * @param name the attribute name (snake_case)
 * @param nameSpan where the name was written
 * @param value the value, or {@code null} for a bare flag
 * @param span the whole attribute
 */
public record Attribute(String name, SourceSpan nameSpan, AttributeValue value, SourceSpan span)
    implements Node {
  public Attribute {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(nameSpan, "nameSpan is null");
    Objects.requireNonNull(span, "span is null");
  }

  /** The value, if one was written. */
  public Optional<AttributeValue> optionalValue() {
    return Optional.ofNullable(value);
  }
}
