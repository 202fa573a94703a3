package io.ofa4j.modality.phone;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English grapheme-to-phoneme conversion: the text is lower-cased and split into words
 * ({@code [a-z']+}) and digits; each digit is spoken on its own ({@code 42} -> "four two"); each
 * word is looked up in the {@link PronouncingDictionary} (also without apostrophes), and words it
 * lacks go through the {@link LetterToSound} rules. Everything else (punctuation, symbols) is
 * skipped. Optionally stress digits are removed and {@code sp} is put between words.
 */
public final class EnglishG2p {
  private static final Pattern TOKEN = Pattern.compile("[a-z']+|[0-9]");
  private static final String[] DIGITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

  private final PronouncingDictionary dictionary;
  private final boolean keepStress;
  private final boolean wordBoundaries;

  /**
   * @param dictionary the pronouncing dictionary
   * @param keepStress keep the vowel stress digits (e.g. {@code AH0}); otherwise bare vowels
   * @param wordBoundaries put {@code sp} between words
   */
  public EnglishG2p(PronouncingDictionary dictionary, boolean keepStress, boolean wordBoundaries) {
    this.dictionary = requireNonNull(dictionary, "dictionary is null");
    this.keepStress = keepStress;
    this.wordBoundaries = wordBoundaries;
  }

  /** With the shipped dictionary, stress kept, no boundaries. */
  public static EnglishG2p withShippedDictionary() {
    return new EnglishG2p(PronouncingDictionary.shipped(), true, false);
  }

  /** The phones of {@code text}. */
  public List<String> phonemize(String text) {
    requireNonNull(text, "text is null");
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String tok = m.group();
      String word = Character.isDigit(tok.charAt(0)) ? DIGITS[tok.charAt(0) - '0'] : tok;
      List<String> phones = word(word);
      if (phones.isEmpty()) {
        continue;
      }
      if (wordBoundaries && !out.isEmpty()) {
        out.add("sp");
      }
      for (String p : phones) {
        out.add(keepStress ? p : p.replaceAll("[012]$", ""));
      }
    }
    return out;
  }

  /** Whether {@code word} is in the dictionary (as opposed to going through the fallback rules). */
  public boolean isKnown(String word) {
    return dictionary.lookup(word).isPresent() || dictionary.lookup(word.replace("'", "")).isPresent();
  }

  private List<String> word(String w) {
    Optional<List<String>> hit = dictionary.lookup(w).or(() -> dictionary.lookup(w.replace("'", "")));
    return hit.orElseGet(() -> LetterToSound.phones(w));
  }
}
