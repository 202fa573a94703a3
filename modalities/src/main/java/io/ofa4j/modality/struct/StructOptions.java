package io.ofa4j.modality.struct;

import static java.util.Objects.requireNonNull;

/**
 * Linearisation options shared by tables, triples and schemas.
 *
 * @param maxLength budget of the linearised text in {@code unit}s; 0 means unlimited
 * @param unit what {@code maxLength} counts
 * @param uncased lower-case the text (OFASys always lower-cases tables)
 */
public record StructOptions(int maxLength, LengthUnit unit, boolean uncased) {
  /** OFASys defaults: no budget, lower-cased. */
  public static final StructOptions DEFAULT = new StructOptions(0, LengthUnit.WORDS, true);

  /**
   * What a length budget counts. {@code WORDS} are whitespace-separated words, a tokenizer-free
   * stand-in for a token budget (a BPE tokenizer gives at least as many tokens as words, so the
   * runtime's token cap still applies after this); {@code CHARS} are UTF-16 chars.
   */
  public enum LengthUnit {
    /** Whitespace-separated words. */
    WORDS,
    /** Characters. */
    CHARS
  }

  /** Validates the budget. */
  public StructOptions {
    requireNonNull(unit, "unit is null");
    if (maxLength < 0) {
      throw new IllegalArgumentException("max_length must be >= 0, found " + maxLength);
    }
  }

  /** The length of {@code text} in this unit. */
  public int length(String text) {
    if (unit == LengthUnit.CHARS) {
      return text.length();
    }
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** Whether {@code text} fits the budget. */
  public boolean fits(String text) {
    return maxLength == 0 || length(text) <= maxLength;
  }
}
