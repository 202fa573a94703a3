package io.ofa4j.task.metric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * VQA accuracy as the official evaluation computes it: the predicted answer is normalised by
 * {@link VqaAnswerNormalizer}; for each of the (usually ten) human answers, the accuracy against
 * the other nine is {@code min(1, #matches / 3)}; the example scores the mean over these
 * leave-one-out subsets; the corpus score is the mean over examples, in 0..1 (the official script
 * prints it times 100, rounded to 2 decimals).
 */
public final class VqaScore implements Metric<String, List<String>> {

  @Override
  public String name() {
    return "vqa_score";
  }

  @Override
  public boolean higherIsBetter() {
    return true;
  }

  /** The leave-one-out accuracy of one predicted answer against the human answers. */
  public static double score(String prediction, List<String> humanAnswers) {
    String predicted = VqaAnswerNormalizer.normalizePrediction(prediction);
    List<String> gts = new ArrayList<>(humanAnswers);
    if (new HashSet<>(gts).size() > 1) {
      gts.replaceAll(VqaAnswerNormalizer::processPunctuation);
    }
    double sum = 0;
    for (int held = 0; held < gts.size(); held++) {
      int matches = 0;
      for (int j = 0; j < gts.size(); j++) {
        if (j != held && gts.get(j).equals(predicted)) {
          matches++;
        }
      }
      sum += Math.min(1.0, matches / 3.0);
    }
    return sum / gts.size();
  }

  @Override
  public MetricResult compute(
      List<? extends String> predictions, List<? extends List<String>> references) {
    MetricInputs<String, List<String>> in = MetricInputs.pair(name(), predictions, references);
    double sum = 0;
    for (int i = 0; i < in.size(); i++) {
      sum += score(in.prediction(i), in.reference(i));
    }
    return new MetricResult(
        name(), in.size() == 0 ? 0.0 : sum / in.size(), in.size(), Map.of(), in.problems());
  }
}
