package io.ofa4j.task.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An approximation of coco-caption's {@code PTBTokenizer} (Stanford CoreNLP PTB tokenizer with
 * {@code -lowerCase}, then the punctuation tokens removed), written without Java NLP dependencies.
 *
 * <p>Rules: lower-case; split off the clitics {@code n't 's 're 've 'll 'd 'm}; pad the symbols
 * {@code . , ! ? ; : ( ) [ ] { } " `} with spaces, except a period or comma between two digits;
 * then drop every token from coco-caption's punctuation list ({@code '' ' `` ` . ? ! , : - -- ...
 * ;} and the bracket tokens). Known differences from CoreNLP: abbreviations such as "mr." lose
 * their period here (CoreNLP keeps "mr."), and CoreNLP's rare splits (e.g. "cannot" into "can
 * not") are not done. For COCO captions, which are short plain sentences, both give the same
 * tokens almost always; scores computed from {@code tokenized=false} inputs bypass this class.
 */
public final class CaptionTokenizer {

  private static final Pattern CLITIC_NT = Pattern.compile("(\\w)(n't)\\b");
  private static final Pattern CLITICS = Pattern.compile("(\\w)('s|'re|'ve|'ll|'d|'m)\\b");
  private static final Pattern SYMBOL = Pattern.compile("([!?;:()\\[\\]{}\"`])");
  private static final Pattern PERIOD_COMMA = Pattern.compile("(?<![0-9])([.,])|([.,])(?![0-9])");
  private static final Set<String> PUNCTUATION =
      Set.of("''", "'", "``", "`", "-lrb-", "-rrb-", "-lcb-", "-rcb-", ".", "?", "!", ",", ":", "-",
          "--", "...", ";", "(", ")", "[", "]", "{", "}", "\"");

  private CaptionTokenizer() {}

  /** Tokenizes one caption and returns the tokens joined by single spaces. */
  public static String tokenize(String caption) {
    String s = caption.toLowerCase(Locale.ROOT).replace('\n', ' ').replace('\t', ' ');
    s = CLITIC_NT.matcher(s).replaceAll("$1 $2");
    s = CLITICS.matcher(s).replaceAll("$1 $2");
    s = SYMBOL.matcher(s).replaceAll(" $1 ");
    s = PERIOD_COMMA.matcher(s).replaceAll(" $1$2 ");
    List<String> kept = new ArrayList<>();
    for (String token : Ngrams.split(s)) {
      String t = token;
      // a trailing or leading apostrophe/dash is punctuation to CoreNLP, not part of the word
      while (t.length() > 1 && (t.endsWith("'") || t.endsWith("-"))) {
        t = t.substring(0, t.length() - 1);
      }
      while (t.length() > 1 && (t.startsWith("'") && !t.matches("'(s|re|ve|ll|d|m)") || t.startsWith("-"))) {
        t = t.substring(1);
      }
      if (!PUNCTUATION.contains(t) && !t.chars().allMatch(c -> c == '.' || c == '-')) {
        kept.add(t);
      }
    }
    return String.join(" ", kept);
  }

  /** Tokenizes every caption. */
  public static List<String> tokenizeAll(List<String> captions) {
    List<String> out = new ArrayList<>(captions.size());
    for (String c : captions) {
      out.add(tokenize(c == null ? "" : c));
    }
    return out;
  }
}
