package io.ofa4j.runtime.train;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Sums micro-batch gradients into preallocated buffers (one per trainable parameter), so that
 * clipping and the optimizer always see the same arrays and a step allocates no new gradient
 * storage. Micro-batch losses are already divided by the step's token count, so the sum is the
 * gradient of the whole step's mean.
 */
public final class GradientAccumulator {
  private final Map<String, INDArray> buffers = new LinkedHashMap<>();
  /** After {@link #reset()}: the next {@link #add} copies instead of adding (saves a zeroing pass). */
  private boolean fresh = true;

  /** Buffers shaped like {@code params} (HF key -> parameter). */
  public GradientAccumulator(Map<String, INDArray> params) {
    requireNonNull(params, "params is null").forEach((k, p) -> buffers.put(k, Nd4j.zerosLike(p)));
  }

  /** Starts a new sum (the buffers read as zero until the next {@link #add}). */
  public void reset() {
    fresh = true;
  }

  /** Adds one micro-batch's gradients; every buffered key must be present. */
  public void add(Map<String, INDArray> grads) {
    requireNonNull(grads, "grads is null");
    for (Map.Entry<String, INDArray> e : buffers.entrySet()) {
      INDArray g = grads.get(e.getKey());
      if (g == null) {
        throw new IllegalArgumentException("micro-batch has no gradient for '" + e.getKey() + "'");
      }
      if (!Arrays.equals(g.shape(), e.getValue().shape())) {
        throw new IllegalArgumentException("gradient of '" + e.getKey() + "' has shape "
            + Arrays.toString(g.shape()) + ", expected " + Arrays.toString(e.getValue().shape()));
      }
      if (fresh) {
        e.getValue().assign(g);
      } else {
        e.getValue().addi(g);
      }
    }
    fresh = false;
  }

  /** The summed gradients (live buffers, HF key -> array). */
  public Map<String, INDArray> gradients() {
    if (fresh) {
      for (INDArray b : buffers.values()) {
        b.assign(0);
      }
    }
    return Collections.unmodifiableMap(buffers);
  }
}
