package io.ofa4j.instruction.ast;

import java.util.Objects;

/**
 * Literal text between slots, kept verbatim (quotes, punctuation, any Unicode). Leading and
 * trailing whitespace of a side is trimmed by the parser; inner whitespace runs are kept as
 * written.
 *
 * @param text the text, never empty
 * @param span where it was written
 */
public record PlainText(String text, SourceSpan span) implements Element {
  public PlainText {
    Objects.requireNonNull(text, "text is null");
    Objects.requireNonNull(span, "span is null");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("plain text must not be empty");
    }
  }
}
