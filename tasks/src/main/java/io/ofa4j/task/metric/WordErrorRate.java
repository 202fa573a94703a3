package io.ofa4j.task.metric;

import java.util.List;

/**
 * Word error rate (S + D + I) / N with jiwer's default transform: strip, collapse spaces, split on
 * whitespace; case-sensitive. See {@link ErrorRate} for the corpus-level aggregation.
 */
public final class WordErrorRate extends ErrorRate {

  public WordErrorRate() {
    super(WordErrorRate::words);
  }

  static List<String> words(String text) {
    String s = text.strip();
    return s.isEmpty() ? List.of() : List.of(s.split("\\s+"));
  }

  @Override
  public String name() {
    return "wer";
  }
}
