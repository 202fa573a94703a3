package io.ofa4j.modality.text;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * OFASys {@code encode_rich} text options: {@code uncased} lower-cases; {@code no_punctuation}
 * deletes the ASCII punctuation of Python's {@code string.punctuation} and collapses whitespace
 * runs to single spaces.
 */
public final class TextNormalizer {
  /** Python's {@code string.punctuation}. */
  public static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private TextNormalizer() {}

  /** Applies the options, then strips surrounding whitespace. */
  public static String normalize(String text, boolean uncased, boolean noPunctuation) {
    requireNonNull(text, "text is null");
    String s = uncased ? text.toLowerCase(Locale.ROOT) : text;
    if (noPunctuation) {
      StringBuilder sb = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (PUNCTUATION.indexOf(c) < 0) {
          sb.append(c);
        }
      }
      s = String.join(" ", sb.toString().strip().split("\\s+"));
    }
    return s.strip();
  }
}
