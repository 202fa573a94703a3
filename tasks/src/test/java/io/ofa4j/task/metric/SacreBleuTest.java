package io.ofa4j.task.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference values from sacreBLEU's own test suite (mjpost/sacrebleu test/test_bleu.py, test_sentence_bleu.py). */
class SacreBleuTest {

  // test_bleu.py: the README example; references given as two reference streams
  private static final List<String> HYPS =
      List.of("The dog bit the man.", "It wasn't surprising.", "The man had just bitten him.");
  private static final List<List<String>> REFS =
      List.of(
          List.of("The dog bit the man.", "The dog had bit the man."),
          List.of("It was not unexpected.", "No one was surprised."),
          List.of("The man bit him first.", "The man had bitten the dog."));

  @Test
  void reproducesReadmeCorpusBleu() {
    assertThat(SacreBleu.defaults().compute(HYPS, REFS).score()).isCloseTo(48.530827, within(1e-6));
  }

  @Test
  void reproducesNoneTokenizerAndNoSmoothing() {
    SacreBleu none = new SacreBleu(false, false, BleuSmoothing.EXP, Double.NaN, false, 4);
    assertThat(none.compute(HYPS, REFS).score()).isCloseTo(49.1919566, within(1e-6));
    SacreBleu noSmooth = new SacreBleu(true, false, BleuSmoothing.NONE, Double.NaN, false, 4);
    assertThat(noSmooth.compute(HYPS, REFS).score()).isCloseTo(48.530827, within(1e-6));
  }

  @Test
  void emptyHypothesesScoreZeroAndAreNotDropped() {
    MetricResult r = SacreBleu.defaults().compute(List.of("", "", ""), REFS);
    assertThat(r.score()).isZero();
    assertThat(r.count()).isEqualTo(3);
  }

  // test_bleu.py test_raw_bleu / test_effective_order: raw_corpus_bleu = floor 0.01, tokenize none, effective order
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "this is a test|this is a test|1.0",
        "this is a fest|this is a test|0.223606797749979",
        "test|a test|0.3678794411714425",
        "a test|a test|1.0",
        "a little test|a test|0.03218297948685433"
      })
  void reproducesRawCorpusBleu(String hyp, String ref, double expected) {
    SacreBleu raw = new SacreBleu(false, false, BleuSmoothing.FLOOR, 0.01, true, 4);
    assertThat(raw.compute(List.of(hyp), List.of(List.of(ref))).score() / 100).isCloseTo(expected, within(1e-8));
  }

  // test_sentence_bleu.py (issue #98), EPSILON 1e-3 as published; effective_order = True
  @ParameterizedTest
  @CsvSource({
    "EXP, NaN, true, 8.493",
    "NONE, NaN, true, 0.0",
    "FLOOR, NaN, true, 4.51688",
    "FLOOR, 0.5, true, 10.10",
    "ADD_K, NaN, true, 14.882",
    "ADD_K, 2, true, 21.389",
    "EXP, NaN, false, 7.347"
  })
  void reproducesSentenceBleuSmoothingTable(BleuSmoothing smoothing, double value, boolean tok13a, double expected) {
    String ref = "producţia de zahăr brut se exprimă în zahăr alb;";
    String sys = "Producția de zahăr primă va fi exprimată în ceea ce privește zahărul alb;";
    SacreBleu bleu = new SacreBleu(tok13a, false, smoothing, value, true, 4);
    assertThat(bleu.compute(List.of(sys), List.of(List.of(ref))).score()).isCloseTo(expected, within(1e-3));
  }

  @Test
  void zeroMatchesGiveZeroForEverySmoothing() {
    for (BleuSmoothing s : BleuSmoothing.values()) {
      SacreBleu bleu = new SacreBleu(true, false, s, Double.NaN, true, 4);
      assertThat(bleu.compute(List.of("this is a cat"), List.of(List.of("okay thanks"))).score()).isZero();
    }
  }

  // SummEval evaluation/tests/test_bleu.py: sacreBLEU corpus BLEU of its CANDS/REFS
  @Test
  void reproducesSummEvalCorpusBleu() {
    MetricResult r = SacreBleu.defaults().compute(SummEvalSamples.CANDS, SummEvalSamples.singleRefs());
    assertThat(r.score()).isCloseTo(36.361227790893224, within(1e-5));
  }

  @Test
  void tokenizes13aLikeMteval() {
    // the apostrophe is outside 13a's symbol ranges; periods and commas next to digits stay

    assertThat(Tokenizer13a.tokenize("It wasn't 3.5-4, \"ok\"."))
        .containsExactly("It", "wasn't", "3.5", "-", "4", ",", "\"", "ok", "\"", ".");
  }

  @Test
  void reportsEmptyInputsInsteadOfThrowing() {
    MetricResult r = SacreBleu.defaults().compute(List.of(), new ArrayList<List<String>>());
    assertThat(r.score()).isZero();
    assertThat(r.problems()).contains("bleu: no predictions", "bleu: no references");
  }
}
