package io.ofa4j.task.metric;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The mteval-v13a tokenizer as sacreBLEU implements it ({@code tokenizers/tokenizer_13a.py} and
 * {@code tokenizer_re.py}): unescape four HTML entities, then pad symbols with spaces, split periods
 * and commas unless they touch a digit on that side, split a dash that follows a digit.
 */
final class Tokenizer13a {

  // Symbol ranges {-~, [-`, space-&, (-+, :-@ and '/': the "language-dependent part".
  private static final Pattern SYMBOLS = Pattern.compile("([{-~\\[-` -&(-+:-@/])");
  private static final Pattern PERIOD_COMMA_AFTER_NON_DIGIT = Pattern.compile("([^0-9])([.,])");
  private static final Pattern PERIOD_COMMA_BEFORE_NON_DIGIT = Pattern.compile("([.,])([^0-9])");
  private static final Pattern DASH_AFTER_DIGIT = Pattern.compile("([0-9])(-)");

  private Tokenizer13a() {}

  /** Returns the tokens of {@code line}. */
  static List<String> tokenize(String line) {
    String s = line.replace("<skipped>", "").replace("-\n", "").replace("\n", " ");
    if (s.contains("&")) {
      s = s.replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    }
    s = " " + s + " ";
    s = SYMBOLS.matcher(s).replaceAll(" $1 ");
    s = PERIOD_COMMA_AFTER_NON_DIGIT.matcher(s).replaceAll("$1 $2 ");
    s = PERIOD_COMMA_BEFORE_NON_DIGIT.matcher(s).replaceAll(" $1 $2");
    s = DASH_AFTER_DIGIT.matcher(s).replaceAll("$1 $2 ");
    return Ngrams.split(s);
  }
}
