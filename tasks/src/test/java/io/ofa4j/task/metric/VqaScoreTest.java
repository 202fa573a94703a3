package io.ofa4j.task.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules of GT-Vision-Lab/VQA {@code PythonEvaluationTools/vqaEvaluation/vqaEval.py}; expected
 * values are worked out by hand from those rules.
 */
class VqaScoreTest {

  private static List<String> answers(String a, int na, String b) {
    List<String> out = new ArrayList<>(Collections.nCopies(na, a));
    out.addAll(Collections.nCopies(10 - na, b));
    return out;
  }

  @Test
  void numberWordsAndArticlesAreNormalised() {
    assertThat(VqaScore.score("Two", Collections.nCopies(10, "2"))).isEqualTo(1.0);
    assertThat(VqaScore.score("the dog.", Collections.nCopies(10, "dog"))).isEqualTo(1.0);
    assertThat(VqaAnswerNormalizer.normalizePrediction("An apple, please")).isEqualTo("apple please");
  }

  @Test
  void leaveOneOutAveragesTheTenSubsets() {
    // 2 humans said yes: held-out yes -> 1/3, held-out no -> 2/3; (2/3 + 16/3) / 10 = 0.6
    assertThat(VqaScore.score("yes", answers("yes", 2, "no"))).isCloseTo(0.6, within(1e-12));
    // 3 said yes: held-out yes -> 2/3, else 1; (3*2/3 + 7) / 10 = 0.9
    assertThat(VqaScore.score("yes", answers("yes", 3, "no"))).isCloseTo(0.9, within(1e-12));
    assertThat(VqaScore.score("yes", answers("yes", 4, "no"))).isCloseTo(1.0, within(1e-12));
    assertThat(VqaScore.score("maybe", answers("yes", 4, "no"))).isZero();
  }

  @Test
  void punctuationRulesFollowTheOfficialQuirks() {
    // a punctuation mark touching a space is deleted, otherwise replaced by a space
    assertThat(VqaAnswerNormalizer.processPunctuation("red/white")).isEqualTo("red white");
    assertThat(VqaAnswerNormalizer.processPunctuation("red / white")).isEqualTo("red  white");
    // digit-comma-digit deletes every listed mark; a period before a digit survives
    assertThat(VqaAnswerNormalizer.processPunctuation("1,000")).isEqualTo("1000");
    assertThat(VqaAnswerNormalizer.processPunctuation("3.5 m.")).isEqualTo("3.5 m");
    // contractions restore the published (curly) apostrophe
    assertThat(VqaAnswerNormalizer.processDigitArticle("dont know")).isEqualTo("don\u2019t know");
  }

  @Test
  void humanAnswersOnlyGetPunctuationStep() {
    // human "two" is not turned into "2", so a predicted "2" does not match it
    assertThat(VqaScore.score("2", answers("two", 5, "three"))).isZero();
    assertThat(VqaScore.score("two", answers("2", 5, "3"))).isEqualTo(1.0);
  }

  @Test
  void corpusScoreIsTheMean() {
    MetricResult r = new VqaScore().compute(List.of("yes", "no"),
        List.of(answers("yes", 10, "yes"), answers("yes", 10, "yes")));
    assertThat(r.score()).isCloseTo(0.5, within(1e-12));
    assertThat(new VqaScore().compute(List.of(), List.of()).problems()).hasSize(2);
  }
}
