package io.ofa4j.task.metric;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Exact match after SQuAD-style normalisation (lower case, punctuation removed, the articles
 * a/an/the removed, whitespace collapsed), taking the best over the references. Score in 0..1.
 */
public final class ExactMatch implements Metric<String, List<String>> {

  private static final Pattern PUNCTUATION = Pattern.compile("\\p{Punct}");
  private static final Pattern ARTICLES = Pattern.compile("\\b(a|an|the)\\b");

  @Override
  public String name() {
    return "exact_match";
  }

  @Override
  public boolean higherIsBetter() {
    return true;
  }

  /** The normalisation applied to both sides before comparison. */
  public static String normalize(String text) {
    String s = text.toLowerCase(Locale.ROOT);
    s = PUNCTUATION.matcher(s).replaceAll("");
    s = ARTICLES.matcher(s).replaceAll(" ");
    return String.join(" ", s.strip().split("\\s+"));
  }

  @Override
  public MetricResult compute(
      List<? extends String> predictions, List<? extends List<String>> references) {
    return ReferenceMatch.rate(name(), MetricInputs.pair(name(), predictions, references), ExactMatch::normalize);
  }
}
