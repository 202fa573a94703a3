package io.ofa4j.task.synthetic;

import java.util.List;
import java.util.Random;

/**
 * Label-noise rule: with probability {@code rate} the true label is replaced by a different label
 * drawn uniformly from the others. The noisy fraction bounds the best reachable accuracy at about
 * {@code 1 - rate} against the noisy labels.
 *
 * @param rate probability of replacing a label, in [0, 1)
 */
record LabelNoise(double rate) {

  LabelNoise {
    if (!(rate >= 0 && rate < 1)) {
      throw new IllegalArgumentException("label noise rate must be in [0, 1) but was " + rate);
    }
  }

  String apply(Random random, String label, List<String> labels) {
    // always draw, so the stream of random numbers does not depend on the rate
    double u = random.nextDouble();
    String other = Vocabulary.pickOther(random, labels, label);
    return u < rate ? other : label;
  }
}
