package io.ofa4j.task.metric;

import java.util.ArrayList;
import java.util.List;

/**
 * Shared input handling of the coco-caption metrics: optional PTB-style tokenisation of both sides
 * (coco-caption's {@code COCOEvalCap} tokenizes before scoring), then whitespace token lists.
 */
abstract class CaptionMetric implements Metric<String, List<String>> {

  private final boolean tokenize;

  /**
   * @param tokenize apply {@link CaptionTokenizer} first; false when inputs are already tokenized
   */
  CaptionMetric(boolean tokenize) {
    this.tokenize = tokenize;
  }

  @Override
  public boolean higherIsBetter() {
    return true;
  }

  String prepare(String text) {
    return tokenize ? CaptionTokenizer.tokenize(text) : text;
  }

  List<String> prepareAll(List<String> texts) {
    List<String> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(prepare(t == null ? "" : t));
    }
    return out;
  }
}
