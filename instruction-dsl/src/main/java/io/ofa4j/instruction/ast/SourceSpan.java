package io.ofa4j.instruction.ast;

/**
 * A 1-based position in an instruction's source text: {@code line:column} of the first character
 * and the number of characters covered (at least 1 for a real token, 0 for an insertion point such
 * as "the target is empty here").
 *
 * @param line 1-based line
 * @param column 1-based column (in UTF-16 code units of the line, as editors count)
 * @param length characters covered, {@code >= 0}
 */
public record SourceSpan(int line, int column, int length) {
  public SourceSpan {
    if (line <= 0 || column <= 0) {
      throw new IllegalArgumentException(
          "line (" + line + ") and column (" + column + ") must be > 0");
    }
    if (length < 0) {
      throw new IllegalArgumentException("length (" + length + ") must be >= 0");
    }
  }

  /** A span for comparisons that ignore positions (builder-made trees). */
  public static final SourceSpan UNKNOWN = new SourceSpan(1, 1, 0);

  /** This span moved by a base position: used when an instruction is embedded in a YAML file. */
  public SourceSpan rebase(int baseLine, int baseColumn) {
    return line == 1
        ? new SourceSpan(baseLine, baseColumn + column - 1, length)
        : new SourceSpan(baseLine + line - 1, column, length);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
