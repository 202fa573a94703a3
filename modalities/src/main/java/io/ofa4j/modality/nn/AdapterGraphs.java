package io.ofa4j.modality.nn;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.weights.ParameterStore;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** Helpers for adapters whose weights live in a {@link ParameterStore} under one key prefix. */
public final class AdapterGraphs {
  private AdapterGraphs() {}

  /**
   * Puts freshly initialised weights {@code prefix + w} for each of {@code weights} (in that
   * order, from one seeded stream) into {@code store}: PyTorch's default Linear/Conv1d init,
   * {@code U(-1/sqrt(fanIn), 1/sqrt(fanIn))} for weights and biases alike.
   */
  public static void initializeUniform(ParameterStore store, String prefix, List<String> weights,
      Function<String, long[]> shapes, ToLongFunction<String> fanIn, long seed, DataType dtype) {
    requireNonNull(store, "store is null");
    SplittableRandom rng = new SplittableRandom(seed);
    for (String w : weights) {
      long[] shape = shapes.apply(w);
      double bound = 1.0 / Math.sqrt(fanIn.applyAsLong(w));
      double[] v = new double[(int) Arrays.stream(shape).reduce(1, (a, b) -> a * b)];
      for (int i = 0; i < v.length; i++) {
        v[i] = (rng.nextDouble() * 2 - 1) * bound;
      }
      store.put(prefix + w, Nd4j.create(v, shape, DataType.DOUBLE).castTo(dtype));
    }
  }

  /**
   * Checks a static input shape (unknown shapes pass) and every stored weight's shape.
   *
   * @param adapter name for messages, e.g. {@code audio adapter}
   * @throws IllegalArgumentException naming the input or weight and both shapes on a mismatch
   */
  public static void checkInputAndWeights(String adapter, SDVariable input, long[] want,
      ParameterStore store, String prefix, List<String> weights, Function<String, long[]> shapes) {
    long[] in = input.getShape();
    if (in != null && !Arrays.equals(in, want)) {
      throw new IllegalArgumentException(adapter + " input '" + input.name() + "' has shape "
          + Arrays.toString(in) + ", expected " + Arrays.toString(want));
    }
    for (String w : weights) {
      long[] got = store.get(prefix + w).shape();
      if (!Arrays.equals(got, shapes.apply(w))) {
        throw new IllegalArgumentException("weight '" + prefix + w + "' has shape " + Arrays.toString(got)
            + ", expected " + Arrays.toString(shapes.apply(w)));
      }
    }
  }

  /** Throws naming both shapes when an output shape ({@code null}: unknown) differs from {@code want}. */
  public static void checkOutputShape(String adapter, long[] got, long[] want) {
    if (got != null && !Arrays.equals(got, want)) {
      throw new IllegalStateException(adapter + " output has shape " + Arrays.toString(got)
          + ", expected " + Arrays.toString(want));
    }
  }

  /**
   * The output's shape from one forward pass on zeros when {@code input} is a placeholder of known
   * shape (SameDiff 1.0.0-M2.1 does not infer static shapes through reshape/mmul); null otherwise.
   */
  public static long[] dryRunShape(SameDiff sd, SDVariable input, SDVariable out) {
    long[] shape = input.getShape();
    if (!input.isPlaceHolder() || shape == null || Arrays.stream(shape).anyMatch(d -> d < 1)) {
      return null;
    }
    return sd.output(Map.of(input.name(), Nd4j.zeros(input.dataType(), shape)), out.name()).get(out.name()).shape();
  }

  /**
   * GELU, tanh form (Hendrycks and Gimpel 2016, eq. 2), from elementary ops whose gradients are
   * verified in SameDiff 1.0.0-M2.1: {@code 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))}.
   */
  public static SDVariable gelu(SameDiff sd, SDVariable x) {
    SDVariable inner = x.add(x.mul(x).mul(x).mul(0.044715)).mul(Math.sqrt(2 / Math.PI));
    return x.mul(0.5).mul(sd.math().tanh(inner).add(1.0));
  }
}
