package io.ofa4j.runtime.train;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * AdamW (Loshchilov &amp; Hutter, "Decoupled Weight Decay Regularization", 2019) with PyTorch
 * {@code torch.optim.AdamW} semantics, updating the parameter arrays in place:
 *
 * <pre>
 * p  -= lr * weight_decay * p                       (only where decay applies)
 * m   = beta1 * m + (1 - beta1) * g
 * v   = beta2 * v + (1 - beta2) * g^2
 * p  -= lr / (1 - beta1^t) * m / (sqrt(v) / sqrt(1 - beta2^t) + eps)
 * </pre>
 *
 * <p>Float32 parameters are updated by one fused Vector API pass ({@link AdamWKernel}); other
 * types (float64 in the gradient checks) by in-place ND4J ops on a preallocated scratch array.
 * Either way a step allocates nothing new, so memory stays flat over long runs.
 */
public final class AdamW {
  private final AdamWConfig config;
  private final Map<String, INDArray> params;
  private final Predicate<String> decays;
  private final Map<String, INDArray> expAvg = new LinkedHashMap<>();
  private final Map<String, INDArray> expAvgSq = new LinkedHashMap<>();
  private final Map<String, INDArray> scratch = new LinkedHashMap<>();
  private long step;

  /**
   * @param config hyper-parameters
   * @param params HF key -> the parameter array to update in place (the trainable ones)
   * @param decays which keys get weight decay (see {@link ParameterGroups#decays})
   */
  public AdamW(AdamWConfig config, Map<String, INDArray> params, Predicate<String> decays) {
    this.config = requireNonNull(config, "config is null");
    this.params = new LinkedHashMap<>(requireNonNull(params, "params is null"));
    this.decays = requireNonNull(decays, "decays is null");
    for (Map.Entry<String, INDArray> e : this.params.entrySet()) {
      expAvg.put(e.getKey(), Nd4j.zerosLike(e.getValue()));
      expAvgSq.put(e.getKey(), Nd4j.zerosLike(e.getValue()));
    }
  }

  /** Applies one update with learning rate {@code lr}; {@code grads} must hold every parameter. */
  public void step(Map<String, INDArray> grads, double lr) {
    step(grads, lr, key -> true);
  }

  /**
   * One update of the parameters {@code active} accepts; the others (frozen in this stage) are
   * left alone: no weight decay, no change to their moments, no gradient needed, as PyTorch
   * skips parameters without {@code .grad}. The step count (bias correction) is shared and
   * advances once per call.
   */
  public void step(Map<String, INDArray> grads, double lr, Predicate<String> active) {
    requireNonNull(grads, "grads is null");
    requireNonNull(active, "active is null");
    step++;
    double bias1 = 1 - Math.pow(config.beta1(), step);
    double bias2Sqrt = Math.sqrt(1 - Math.pow(config.beta2(), step));
    for (Map.Entry<String, INDArray> e : params.entrySet()) {
      String key = e.getKey();
      if (!active.test(key)) {
        continue;
      }
      INDArray p = e.getValue();
      INDArray g = grads.get(key);
      if (g == null) {
        throw new IllegalArgumentException("no gradient for parameter '" + key + "'");
      }
      if (!Arrays.equals(g.shape(), p.shape())) {
        throw new IllegalArgumentException("gradient of '" + key + "' has shape "
            + Arrays.toString(g.shape()) + ", parameter has " + Arrays.toString(p.shape()));
      }
      boolean decay = config.weightDecay() > 0 && decays.test(key);
      INDArray m = expAvg.get(key);
      INDArray v = expAvgSq.get(key);
      if (AdamWKernel.applies(p, g, m, v)) {
        AdamWKernel.step(p, g, m, v, (float) (decay ? 1 - lr * config.weightDecay() : 1.0),
            (float) config.beta1(), (float) config.beta2(), (float) (lr / bias1), (float) bias2Sqrt,
            (float) config.eps());
        continue;
      }
      if (decay) {
        p.muli(1 - lr * config.weightDecay());
      }
      INDArray tmp = scratch.computeIfAbsent(key, k -> Nd4j.zerosLike(p));
      m.muli(config.beta1()).addi(tmp.assign(g).muli(1 - config.beta1()));
      v.muli(config.beta2()).addi(tmp.assign(g).muli(g).muli(1 - config.beta2()));
      // tmp = sqrt(v) / sqrt(1 - beta2^t) + eps, then m / tmp, then p -= lr / (1 - beta1^t) * tmp
      Transforms.sqrt(tmp.assign(v), false).divi(bias2Sqrt).addi(config.eps());
      tmp.rdivi(m);
      p.subi(tmp.muli(lr / bias1));
    }
  }

  /** Steps taken so far. */
  public long stepCount() {
    return step;
  }

  /** A copy of the optimizer state for a checkpoint. */
  public AdamWState state() {
    Map<String, INDArray> m = new LinkedHashMap<>();
    Map<String, INDArray> v = new LinkedHashMap<>();
    expAvg.forEach((k, a) -> m.put(k, a.dup()));
    expAvgSq.forEach((k, a) -> v.put(k, a.dup()));
    return new AdamWState(step, m, v);
  }

  /** Restores a saved state; keys and shapes must match the parameters exactly. */
  public void restore(AdamWState state) {
    requireNonNull(state, "state is null");
    if (!state.expAvg().keySet().equals(params.keySet())) {
      throw new IllegalArgumentException("optimizer state holds " + state.expAvg().keySet()
          + " but the trainable parameters are " + params.keySet());
    }
    for (String key : params.keySet()) {
      copyInto("exp_avg", key, state.expAvg().get(key), expAvg.get(key));
      copyInto("exp_avg_sq", key, state.expAvgSq().get(key), expAvgSq.get(key));
    }
    step = state.step();
  }

  private static void copyInto(String what, String key, INDArray from, INDArray to) {
    if (!Arrays.equals(from.shape(), to.shape())) {
      throw new IllegalArgumentException(what + " of '" + key + "' has shape "
          + Arrays.toString(from.shape()) + ", expected " + Arrays.toString(to.shape()));
    }
    to.assign(from);
  }
}
