package io.ofa4j.modality.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fallback for words missing from the dictionary: greedy longest-match English spelling rules
 * (trigraphs, digraphs, then single letters with soft {@code c}/{@code g} before {@code e i y}),
 * a silent final {@code e}, and stress 1 on the first vowel, 0 on the others. Crude by design: it
 * gives a plausible pronunciation so no word is dropped, not a dictionary-quality one.
 */
final class LetterToSound {
  private static final Map<String, String> MULTI = Map.ofEntries(
      Map.entry("tch", "CH"), Map.entry("igh", "AY"), Map.entry("sch", "S K"),
      Map.entry("ch", "CH"), Map.entry("sh", "SH"), Map.entry("th", "TH"), Map.entry("ph", "F"),
      Map.entry("wh", "W"), Map.entry("ng", "NG"), Map.entry("ck", "K"), Map.entry("qu", "K W"),
      Map.entry("gh", ""), Map.entry("ee", "IY"), Map.entry("ea", "IY"), Map.entry("oo", "UW"),
      Map.entry("ai", "EY"), Map.entry("ay", "EY"), Map.entry("oa", "OW"), Map.entry("ou", "AW"),
      Map.entry("ow", "OW"), Map.entry("oi", "OY"), Map.entry("oy", "OY"), Map.entry("au", "AO"),
      Map.entry("aw", "AO"), Map.entry("ew", "UW"), Map.entry("ie", "IY"), Map.entry("er", "ER"),
      Map.entry("ir", "ER"), Map.entry("ur", "ER"), Map.entry("ar", "AA R"), Map.entry("or", "AO R"),
      Map.entry("ll", "L"), Map.entry("ss", "S"), Map.entry("tt", "T"), Map.entry("pp", "P"),
      Map.entry("ff", "F"), Map.entry("mm", "M"), Map.entry("nn", "N"), Map.entry("dd", "D"),
      Map.entry("bb", "B"), Map.entry("gg", "G"), Map.entry("rr", "R"), Map.entry("zz", "Z"));
  private static final Map<Character, String> SINGLE = Map.ofEntries(
      Map.entry('a', "AE"), Map.entry('b', "B"), Map.entry('c', "K"), Map.entry('d', "D"), Map.entry('e', "EH"),
      Map.entry('f', "F"), Map.entry('g', "G"), Map.entry('h', "HH"), Map.entry('i', "IH"), Map.entry('j', "JH"),
      Map.entry('k', "K"), Map.entry('l', "L"), Map.entry('m', "M"), Map.entry('n', "N"), Map.entry('o', "AA"),
      Map.entry('p', "P"), Map.entry('q', "K"), Map.entry('r', "R"), Map.entry('s', "S"), Map.entry('t', "T"),
      Map.entry('u', "AH"), Map.entry('v', "V"), Map.entry('w', "W"), Map.entry('x', "K S"), Map.entry('y', "IY"),
      Map.entry('z', "Z"));
  private static final String VOWELS = "AA AE AH AO AW AY EH ER EY IH IY OW OY UH UW";

  private LetterToSound() {}

  /** Phones with stress for a word of letters (other characters are ignored). */
  static List<String> phones(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    boolean finalLe = w.length() > 3 && w.endsWith("le") && !isVowel(w.charAt(w.length() - 3));
    if (finalLe) {
      w = w.substring(0, w.length() - 2);
    } else if (w.length() > 3 && w.endsWith("e") && !isVowel(w.charAt(w.length() - 2))) {
      w = w.substring(0, w.length() - 1); // silent final e
    }
    if (w.startsWith("kn") || w.startsWith("wr")) {
      w = w.substring(1);
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < w.length()) {
      String rule = null;
      for (int len = 3; len >= 2 && rule == null; len--) {
        if (i + len <= w.length()) {
          rule = MULTI.get(w.substring(i, i + len));
          if (rule != null) {
            i += len;
          }
        }
      }
      if (rule == null) {
        char c = w.charAt(i);
        char next = i + 1 < w.length() ? w.charAt(i + 1) : ' ';
        boolean soft = next == 'e' || next == 'i' || next == 'y';
        rule = c == 'c' && soft ? "S" : c == 'g' && soft ? "JH" : c == 'y' && i == 0 ? "Y" : SINGLE.get(c);
        i++;
      }
      for (String p : rule.split(" ")) {
        if (!p.isEmpty()) {
          out.add(p);
        }
      }
    }
    if (finalLe) {
      out.add("AH");
      out.add("L");
    }
    return stress(out);
  }

  private static List<String> stress(List<String> phones) {
    List<String> out = new ArrayList<>(phones.size());
    boolean first = true;
    for (String p : phones) {
      if (VOWELS.contains(p) && p.length() == 2) {
        out.add(p + (first ? "1" : "0"));
        first = false;
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
