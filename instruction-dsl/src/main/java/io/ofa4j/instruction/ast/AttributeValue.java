package io.ofa4j.instruction.ast;

import java.math.BigDecimal;
import java.util.Objects;

/** An attribute value as written: an identifier, a number, or a quoted string. */
public sealed interface AttributeValue extends Node {

  /** The value's text without quotes (for messages and typed conversion). */
  String text();

  /** A bare identifier such as {@code image_vqgan}. */
  record Identifier(String text, SourceSpan span) implements AttributeValue {
    public Identifier {
      Objects.requireNonNull(text, "text is null");
      Objects.requireNonNull(span, "span is null");
    }
  }

  /** A number such as {@code 256}, {@code 0.2}, {@code -1}, {@code 1e-3}; kept exact. */
  record Number(BigDecimal value, String text, SourceSpan span) implements AttributeValue {
    public Number {
      Objects.requireNonNull(value, "value is null");
      Objects.requireNonNull(text, "text is null");
      Objects.requireNonNull(span, "span is null");
    }

    /** A number from its literal text. */
    public static Number of(String literal, SourceSpan span) {
      return new Number(new BigDecimal(literal), literal, span);
    }
  }

  /**
   * A quoted string ({@code "a, b"} or {@code 'x'}); {@code text} is the unescaped content
   * ({@code \"}, {@code \'} and {@code \\} are the escapes).
   */
  record QuotedString(String text, SourceSpan span) implements AttributeValue {
    public QuotedString {
      Objects.requireNonNull(text, "text is null");
      Objects.requireNonNull(span, "span is null");
    }
  }
}
