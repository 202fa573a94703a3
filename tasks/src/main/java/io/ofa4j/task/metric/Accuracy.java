package io.ofa4j.task.metric;

import java.util.List;

/**
 * Classification accuracy: a prediction is correct when, after trimming surrounding whitespace, it
 * equals one of the example's references exactly (case-sensitive; use {@link ExactMatch} for the
 * normalised variant). Score in 0..1.
 */
public final class Accuracy implements Metric<String, List<String>> {

  @Override
  public String name() {
    return "accuracy";
  }

  @Override
  public boolean higherIsBetter() {
    return true;
  }

  @Override
  public MetricResult compute(
      List<? extends String> predictions, List<? extends List<String>> references) {
    return ReferenceMatch.rate(name(), MetricInputs.pair(name(), predictions, references), String::strip);
  }
}
