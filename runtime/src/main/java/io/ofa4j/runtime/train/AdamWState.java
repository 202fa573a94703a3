package io.ofa4j.runtime.train;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What a checkpoint must save to resume AdamW exactly: the step count and both moments per
 * parameter, keyed like PyTorch's {@code state_dict} entries ({@code exp_avg}, {@code exp_avg_sq})
 * but by HF parameter key.
 *
 * @param step optimizer steps taken (bias correction uses it)
 * @param expAvg first moments, HF key -> array of the parameter's shape
 * @param expAvgSq second moments, HF key -> array of the parameter's shape
 */
public record AdamWState(long step, Map<String, INDArray> expAvg, Map<String, INDArray> expAvgSq) {
  public AdamWState {
    if (step < 0) {
      throw new IllegalArgumentException("step (" + step + ") must be >= 0");
    }
    expAvg = Map.copyOf(requireNonNull(expAvg, "expAvg is null"));
    expAvgSq = Map.copyOf(requireNonNull(expAvgSq, "expAvgSq is null"));
    if (!expAvg.keySet().equals(expAvgSq.keySet())) {
      throw new IllegalArgumentException("expAvg keys " + expAvg.keySet()
          + " differ from expAvgSq keys " + expAvgSq.keySet());
    }
  }
}
