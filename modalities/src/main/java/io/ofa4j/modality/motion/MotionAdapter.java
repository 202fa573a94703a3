package io.ofa4j.modality.motion;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.weights.ParameterStore;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The MOTION adapter: a per-frame MLP {@code Linear(D, I) -> GELU -> Linear(I, H)} turning
 * {@code motion_6d} frames {@code [B, T, D]} into backbone embeddings {@code [B, T, H]} (OFASys
 * embeds motion frames with a linear frame encoder; the hidden layer adds capacity). Weights under
 * {@value #PREFIX}: {@code fc1.weight [I, D]}, {@code fc1.bias [I]}, {@code fc2.weight [H, I]},
 * {@code fc2.bias [H]}. GELU is the tanh approximation built from elementary SameDiff ops, whose
 * gradients are verified.
 */
public final class MotionAdapter {
  /** Prefix of every adapter variable. */
  public static final String PREFIX = "adapters.motion.";
  /** Weight names without prefix. */
  public static final List<String> WEIGHTS = List.of("fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias");

  private final int featureSize;
  private final int intermediateSize;
  private final int hiddenSize;

  /**
   * @param featureSize D, {@code 6 + 6 J}
   * @param intermediateSize I, the MLP width
   * @param hiddenSize H, the backbone's hidden size
   */
  public MotionAdapter(int featureSize, int intermediateSize, int hiddenSize) {
    if (featureSize < 1 || intermediateSize < 1 || hiddenSize < 1) {
      throw new IllegalArgumentException("motion adapter sizes must be >= 1, found featureSize " + featureSize
          + ", intermediateSize " + intermediateSize + ", hiddenSize " + hiddenSize);
    }
    this.featureSize = featureSize;
    this.intermediateSize = intermediateSize;
    this.hiddenSize = hiddenSize;
  }

  /** Expected shape of a weight (name without prefix). */
  public long[] weightShape(String name) {
    return switch (name) {
      case "fc1.weight" -> new long[] {intermediateSize, featureSize};
      case "fc1.bias" -> new long[] {intermediateSize};
      case "fc2.weight" -> new long[] {hiddenSize, intermediateSize};
      case "fc2.bias" -> new long[] {hiddenSize};
      default -> throw new IllegalArgumentException("unknown motion adapter weight '" + name + "'");
    };
  }

  /** PyTorch Linear default init {@code U(-1/sqrt(fanIn), 1/sqrt(fanIn))}, seeded. */
  public void initialize(ParameterStore store, long seed, DataType dtype) {
    requireNonNull(store, "store is null");
    SplittableRandom rng = new SplittableRandom(seed);
    for (String w : WEIGHTS) {
      long[] shape = weightShape(w);
      double bound = 1.0 / Math.sqrt(w.startsWith("fc1") ? featureSize : intermediateSize);
      double[] v = new double[(int) Arrays.stream(shape).reduce(1, (a, b) -> a * b)];
      for (int i = 0; i < v.length; i++) {
        v[i] = (rng.nextDouble() * 2 - 1) * bound;
      }
      store.put(PREFIX + w, Nd4j.create(v, shape, DataType.DOUBLE).castTo(dtype));
    }
  }

  /**
   * Adds the adapter to {@code sd}; {@code frames} must be {@code [batch, time, featureSize]}.
   *
   * <p>When {@code frames} is a placeholder, the output shape is verified by one forward pass on
   * zeros.
   *
   * @return embeddings {@code [batch, time, hiddenSize]}
   * @throws IllegalArgumentException naming the input or weight and both shapes on a mismatch
   * @throws IllegalStateException naming both shapes when the output is not {@code [batch, time, hiddenSize]}
   */
  public SDVariable build(SameDiff sd, SDVariable frames, long batch, long time, ParameterStore store) {
    requireNonNull(sd, "sd is null");
    requireNonNull(frames, "frames is null");
    requireNonNull(store, "store is null");
    long[] want = {batch, time, featureSize};
    if (frames.getShape() != null && !Arrays.equals(frames.getShape(), want)) {
      throw new IllegalArgumentException("motion adapter input '" + frames.name() + "' has shape "
          + Arrays.toString(frames.getShape()) + ", expected " + Arrays.toString(want));
    }
    for (String w : WEIGHTS) {
      long[] got = store.get(PREFIX + w).shape();
      if (!Arrays.equals(got, weightShape(w))) {
        throw new IllegalArgumentException("weight '" + PREFIX + w + "' has shape " + Arrays.toString(got)
            + ", expected " + Arrays.toString(weightShape(w)));
      }
    }
    SDVariable x = sd.reshape(frames, batch * time, featureSize); // [B*T, D]
    SDVariable h = linear(sd, x, "fc1", store); // [B*T, I]
    SDVariable inner = h.add(h.mul(h).mul(h).mul(0.044715)).mul(Math.sqrt(2 / Math.PI));
    h = h.mul(0.5).mul(sd.math().tanh(inner).add(1.0)); // GELU (tanh form)
    SDVariable y = linear(sd, h, "fc2", store); // [B*T, H]
    SDVariable out = sd.reshape(PREFIX + "output", y, batch, time, hiddenSize); // [B, T, H]
    long[] expected = {batch, time, hiddenSize};
    long[] got = frames.isPlaceHolder() && frames.getShape() != null
        // one forward pass on zeros: SameDiff 1.0.0-M2.1 does not infer static shapes through reshape/mmul
        ? sd.output(Map.of(frames.name(), Nd4j.zeros(frames.dataType(), want)), out.name()).get(out.name()).shape()
        : null;
    if (got != null && !Arrays.equals(got, expected)) {
      throw new IllegalStateException("motion adapter output has shape " + Arrays.toString(got)
          + ", expected " + Arrays.toString(expected));
    }
    return out;
  }

  private static SDVariable linear(SameDiff sd, SDVariable x, String layer, ParameterStore store) {
    SDVariable w = sd.var(PREFIX + layer + ".weight", store.get(PREFIX + layer + ".weight")); // [out, in]
    SDVariable b = sd.var(PREFIX + layer + ".bias", store.get(PREFIX + layer + ".bias")); // [out]
    return sd.mmul(x, w, false, true, false).add(b); // [N, out]
  }
}
