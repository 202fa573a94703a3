package io.ofa4j.task.metric;

import java.util.List;

/** The CANDS/REFS samples of Yale-LILY/SummEval {@code evaluation/summ_eval/test_util.py}. */
final class SummEvalSamples {

  static final List<String> CANDS =
      List.of(
          "28-year-old chef found dead in San Francisco mall",
          "A 28-year-old chef who recently moved to San Francisco was found dead in the staircase of a local shopping center.",
          "The victim's brother said he cannot imagine anyone who would want to harm him,\"Finally, it went uphill again at him.\"");

  static final List<String> REFS =
      List.of(
          "28-Year-Old Chef Found Dead at San Francisco Mall",
          "A 28-year-old chef who had recently moved to San Francisco was found dead in the stairwell of a local mall this week.",
          "But the victim's brother says he can't think of anyone who would want to hurt him, saying, \"Things were finally going well for him.\"");

  private SummEvalSamples() {}

  static List<List<String>> singleRefs() {
    return REFS.stream().map(List::of).toList();
  }
}
