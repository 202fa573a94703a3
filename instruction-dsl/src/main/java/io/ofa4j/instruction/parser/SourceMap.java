package io.ofa4j.instruction.parser;

import io.ofa4j.instruction.ast.SourceSpan;
import java.util.Arrays;
import java.util.Objects;
import org.antlr.v4.runtime.Token;

/**
 * Converts positions in an instruction's text into {@link SourceSpan}s. ANTLR counts code points;
 * spans count UTF-16 code units per line (as editors do), so supplementary characters (emoji) are
 * mapped here once instead of at every call site.
 */
public final class SourceMap {
  private final String source;
  /** UTF-16 offset of each code point index, or {@code null} when the two coincide. */
  private final int[] utf16OfCodePoint;
  /** UTF-16 offset at which each line starts. */
  private final int[] lineStarts;

  /** A map over {@code source}. */
  public SourceMap(String source) {
    this.source = Objects.requireNonNull(source, "source is null");
    this.utf16OfCodePoint = source.codePointCount(0, source.length()) == source.length()
        ? null
        : codePointOffsets(source);
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  private static int[] codePointOffsets(String source) {
    int[] offsets = new int[source.codePointCount(0, source.length()) + 1];
    int cp = 0;
    for (int i = 0; i < source.length(); i += Character.charCount(source.codePointAt(i))) {
      offsets[cp++] = i;
    }
    offsets[cp] = source.length();
    return offsets;
  }

  /** The text this map describes. */
  public String source() {
    return source;
  }

  /** UTF-16 offset of the token's first character. */
  public int start(Token token) {
    return token.getType() == Token.EOF ? source.length() : utf16(token.getStartIndex());
  }

  /** UTF-16 offset just after the token's last character. */
  public int end(Token token) {
    return token.getType() == Token.EOF ? source.length() : utf16(token.getStopIndex() + 1);
  }

  private int utf16(int codePointIndex) {
    return utf16OfCodePoint == null ? codePointIndex : utf16OfCodePoint[codePointIndex];
  }

  /** The span covering UTF-16 offsets {@code [start, end)}. */
  public SourceSpan span(int start, int end) {
    int line = Arrays.binarySearch(lineStarts, start);
    if (line < 0) {
      line = -line - 2;
    }
    return new SourceSpan(line + 1, start - lineStarts[line] + 1, Math.max(0, end - start));
  }

  /** The span of one token. */
  public SourceSpan span(Token token) {
    return span(start(token), end(token));
  }

  /** The span from the start of {@code first} to the end of {@code last}. */
  public SourceSpan span(Token first, Token last) {
    return span(start(first), Math.max(start(first), end(last)));
  }

  /** A short one-line quotation of the text between two offsets (copies at most 80 chars). */
  public String excerpt(int start, int end) {
    return Snippets.shorten(source.substring(start, Math.min(end, start + 80)));
  }

  /** The source text between two UTF-16 offsets. */
  public String text(int start, int end) {
    return source.substring(start, end);
  }
}
