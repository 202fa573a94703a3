package io.ofa4j.task.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * coco-caption BLEU, CIDEr-D and ROUGE-L against published outputs.
 *
 * <p>The two-caption example and its scores are the printed output of {@code
 * language_evaluation.CocoEvaluator} (a coco-caption wrapper with the PTB tokenizer) in
 * jhc659/DLCV {@code hw3/evaluate_test.py}. The CIDEr value 2.5759014911864084 on untokenized
 * inputs is Yale-LILY/SummEval {@code evaluation/tests/test_cider.py} (coco-caption's scorer).
 */
class CaptionMetricsTest {

  private static final List<String> PREDICTS = List.of("i am a boy", "she is a girl");
  private static final List<List<String>> ANSWERS = List.of(List.of("am i a boy ?"), List.of("is she a girl ?"));

  @Test
  void reproducesCocoBleuOneToFour() {
    MetricResult r = new CocoBleu(4, true).compute(PREDICTS, ANSWERS);
    assertThat(r.detail("bleu_1")).isCloseTo(0.9999999997500004, within(1e-12));
    assertThat(r.detail("bleu_2")).isCloseTo(0.5773502690332603, within(1e-12));
    assertThat(r.detail("bleu_3")).isCloseTo(4.3679023223468616e-06, within(1e-15));
    assertThat(r.detail("bleu_4")).isCloseTo(1.4287202142987477e-08, within(1e-17));
    assertThat(r.score()).isEqualTo(r.detail("bleu_4"));
  }

  @Test
  void reproducesCocoCiderAndRouge() {
    assertThat(Cider.coco().compute(PREDICTS, ANSWERS).score()).isCloseTo(3.333333333333333, within(1e-9));
    assertThat(new CocoRougeL(true).compute(PREDICTS, ANSWERS).score()).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void reproducesSummEvalCider() {
    MetricResult r = new Cider(false, 6.0).compute(SummEvalSamples.CANDS, SummEvalSamples.singleRefs());
    assertThat(r.score()).isCloseTo(2.5759014911864084, within(1e-9));
  }

  @Test
  void perfectCaptionsScoreTenCider() {
    // irisml-tasks-training test_evaluate_captioning.py: identical captions give CIDEr 10 and BLEU 1
    List<String> preds = List.of("Hello World Good bye", "This is perfect test");
    List<List<String>> refs = List.of(List.of("Hello World good Bye"), List.of("This is perfect test", "This is perfect test"));
    assertThat(Cider.coco().compute(preds, refs).score()).isCloseTo(10.0, within(1e-9));
    assertThat(new CocoBleu(4, true).compute(preds, refs).score()).isCloseTo(1.0, within(1e-8));
    List<String> wrong = List.of("How are you today", "Only wrong words here");
    assertThat(Cider.coco().compute(wrong, refs).score()).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void tokenizerDropsPunctuationAndSplitsClitics() {
    assertThat(CaptionTokenizer.tokenize("A man's dog, isn't it? (Yes.)")).isEqualTo("a man 's dog is n't it yes");
    assertThat(CaptionTokenizer.tokenize("A 28-year-old chef ate 3.5 pies.")).isEqualTo("a 28-year-old chef ate 3.5 pies");
  }

  @Test
  void emptyInputsAreReported() {
    MetricResult r = Cider.coco().compute(List.of(), List.of());
    assertThat(r.score()).isZero();
    assertThat(r.problems()).hasSize(2);
    MetricResult skipped = new CocoRougeL(true).compute(List.of("a cat"), List.of(List.<String>of()));
    assertThat(skipped.count()).isZero();
    assertThat(skipped.problems()).anyMatch(p -> p.contains("example 0 has no reference"));
  }
}
