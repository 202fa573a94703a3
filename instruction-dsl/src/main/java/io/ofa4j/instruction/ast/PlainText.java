package io.ofa4j.instruction.ast;

import java.util.Objects;

/**
 * Literal text between slots, kept verbatim (quotes, punctuation, any Unicode). The parser trims
 * each piece of plain text (the whitespace around slots and groups is layout, not content) and
 * drops whitespace-only pieces; inner whitespace runs are kept as written. The formatter puts one
 * space between elements.
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
