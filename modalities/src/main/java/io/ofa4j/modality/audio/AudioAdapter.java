package io.ofa4j.modality.audio;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.weights.ParameterStore;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The AUDIO adapter: features {@code [B, T, mel]} to backbone embeddings {@code [B, T', H]} with
 * {@code T' = ceil(ceil(T / 2) / 2)}. Two Conv1d layers (kernel 3, stride 2, padding 1, each
 * followed by GELU) subsample time by 4, then a linear layer projects to the hidden size. This is
 * Whisper's convolutional stem ({@code modeling_whisper.py} {@code conv1}/{@code conv2}, but with
 * stride 2 in both) followed by a Qwen2-Audio-style projector.
 *
 * <p>Weights, in PyTorch layout under {@value #PREFIX}: {@code conv1.weight [C, mel, k]},
 * {@code conv1.bias [C]}, {@code conv2.weight [C, C, k]}, {@code conv2.bias [C]},
 * {@code proj.weight [H, C]}, {@code proj.bias [H]}.
 *
 * <p>Each convolution is written as strided slices, a concat and one matmul (an explicit im2col)
 * because those ops have verified gradients in SameDiff 1.0.0-M2.1. GELU is the tanh
 * approximation (Hendrycks and Gimpel 2016, eq. 2) composed from elementary ops for the same
 * reason.
 */
public final class AudioAdapter {
  /** Prefix of every adapter variable. */
  public static final String PREFIX = "adapters.audio.";
  /** Names of the weights, without the prefix. */
  public static final List<String> WEIGHTS =
      List.of("conv1.weight", "conv1.bias", "conv2.weight", "conv2.bias", "proj.weight", "proj.bias");

  private final AudioAdapterConfig config;

  /** An adapter of the given sizes. */
  public AudioAdapter(AudioAdapterConfig config) {
    this.config = requireNonNull(config, "config is null");
  }

  /** The sizes. */
  public AudioAdapterConfig config() {
    return config;
  }

  /** The expected shape of each weight, keyed without prefix. */
  public long[] weightShape(String name) {
    int c = config.convChannels();
    int k = config.kernelSize();
    return switch (name) {
      case "conv1.weight" -> new long[] {c, config.numMelBins(), k};
      case "conv1.bias", "conv2.bias" -> new long[] {c};
      case "conv2.weight" -> new long[] {c, c, k};
      case "proj.weight" -> new long[] {config.hiddenSize(), c};
      case "proj.bias" -> new long[] {config.hiddenSize()};
      default -> throw new IllegalArgumentException("unknown audio adapter weight '" + name + "'");
    };
  }

  /**
   * Puts freshly initialised weights into {@code store} (PyTorch's default Conv1d/Linear init:
   * {@code U(-1/sqrt(fanIn), 1/sqrt(fanIn))} for weights and biases), seeded.
   */
  public void initialize(ParameterStore store, long seed, DataType dtype) {
    requireNonNull(store, "store is null");
    SplittableRandom rng = new SplittableRandom(seed);
    for (String w : WEIGHTS) {
      long[] shape = weightShape(w);
      long fanIn = w.startsWith("proj") ? config.convChannels()
          : (w.startsWith("conv1") ? config.numMelBins() : config.convChannels()) * (long) config.kernelSize();
      double bound = 1.0 / Math.sqrt(fanIn);
      double[] v = new double[(int) Arrays.stream(shape).reduce(1, (a, b) -> a * b)];
      for (int i = 0; i < v.length; i++) {
        v[i] = (rng.nextDouble() * 2 - 1) * bound;
      }
      store.put(PREFIX + w, Nd4j.create(v, shape, DataType.DOUBLE).castTo(dtype));
    }
  }

  /**
   * Adds the adapter to {@code sd}. Weight arrays come from {@code store} and become SameDiff
   * variables named by their full keys; {@code features} must have the static shape
   * {@code [batch, frames, numMelBins]}.
   *
   * <p>When {@code features} is a placeholder, the output shape is verified by one forward pass
   * on zeros.
   *
   * @return the embeddings {@code [batch, T', hiddenSize]}
   * @throws IllegalArgumentException naming the weight or input and both shapes on a mismatch
   * @throws IllegalStateException naming both shapes when the output is not {@code [batch, T', hiddenSize]}
   */
  public SDVariable build(SameDiff sd, SDVariable features, long batch, long frames, ParameterStore store) {
    requireNonNull(sd, "sd is null");
    requireNonNull(features, "features is null");
    requireNonNull(store, "store is null");
    long[] in = features.getShape();
    long[] want = {batch, frames, config.numMelBins()};
    if (in != null && !Arrays.equals(in, want)) {
      throw new IllegalArgumentException("audio adapter input '" + features.name() + "' has shape "
          + Arrays.toString(in) + ", expected " + Arrays.toString(want));
    }
    for (String w : WEIGHTS) {
      long[] got = store.get(PREFIX + w).shape();
      if (!Arrays.equals(got, weightShape(w))) {
        throw new IllegalArgumentException("weight '" + PREFIX + w + "' has shape " + Arrays.toString(got)
            + ", expected " + Arrays.toString(weightShape(w)));
      }
    }
    long t1 = (frames + 1) / 2;
    SDVariable h = conv(sd, features, batch, frames, config.numMelBins(), "conv1", store); // [B, T1, C]
    h = gelu(sd, h);
    SDVariable h2 = conv(sd, h, batch, t1, config.convChannels(), "conv2", store); // [B, T', C]
    h2 = gelu(sd, h2);
    long t2 = config.outputFrames(frames);
    SDVariable wp = sd.var(PREFIX + "proj.weight", store.get(PREFIX + "proj.weight"));
    SDVariable bp = sd.var(PREFIX + "proj.bias", store.get(PREFIX + "proj.bias"));
    SDVariable flat = sd.reshape(h2, batch * t2, config.convChannels()); // [B*T', C]
    SDVariable y = sd.mmul(flat, wp, false, true, false).add(bp); // [B*T', H]
    SDVariable out = sd.reshape(PREFIX + "output", y, batch, t2, config.hiddenSize()); // [B, T', H]
    checkShape(dryRunShape(sd, features, out), new long[] {batch, t2, config.hiddenSize()});
    return out;
  }

  /** Throws naming both shapes when an output shape differs from the expected one. */
  static void checkShape(long[] got, long[] want) {
    if (got != null && !Arrays.equals(got, want)) {
      throw new IllegalStateException("audio adapter output has shape " + Arrays.toString(got)
          + ", expected " + Arrays.toString(want));
    }
  }

  /**
   * The output's shape from one forward pass on zeros when {@code input} is a placeholder of known
   * shape (SameDiff 1.0.0-M2.1 does not infer static shapes through these ops); null otherwise.
   */
  static long[] dryRunShape(SameDiff sd, SDVariable input, SDVariable out) {
    long[] shape = input.getShape();
    if (!input.isPlaceHolder() || shape == null || Arrays.stream(shape).anyMatch(d -> d < 1)) {
      return null;
    }
    return sd.output(Map.of(input.name(), Nd4j.zeros(input.dataType(), shape)), out.name()).get(out.name()).shape();
  }

  /** Conv1d, stride 2, padding k/2, as im2col: x [B, T, Cin] -> [B, ceil(T/2), Cout]. */
  private SDVariable conv(SameDiff sd, SDVariable x, long b, long t, long cin, String layer, ParameterStore store) {
    int k = config.kernelSize();
    int pad = k / 2;
    long tOut = (t + 1) / 2;
    long needed = 2 * (tOut - 1) + k; // padded length the last window reaches
    long right = Math.max(0, needed - pad - t);
    DataType dt = x.dataType();
    SDVariable xp = x;
    if (pad > 0 || right > 0) {
      xp = sd.concat(1, sd.constant(Nd4j.zeros(dt, b, pad, cin)), x, sd.constant(Nd4j.zeros(dt, b, right, cin)));
    }
    SDVariable[] taps = new SDVariable[k];
    for (int j = 0; j < k; j++) {
      // tap j of output step s reads padded input 2s + j: [B, tOut, Cin]
      taps[j] = sd.stridedSlice(xp, new long[] {0, j, 0}, new long[] {b, j + 2 * (tOut - 1) + 1, cin},
          new long[] {1, 2, 1});
    }
    SDVariable cols = sd.reshape(sd.concat(2, taps), b * tOut, k * cin); // [B*tOut, k*Cin], tap-major
    SDVariable w = sd.var(PREFIX + layer + ".weight", store.get(PREFIX + layer + ".weight")); // [Cout, Cin, k]
    SDVariable bias = sd.var(PREFIX + layer + ".bias", store.get(PREFIX + layer + ".bias")); // [Cout]
    long cout = config.convChannels();
    SDVariable wm = sd.reshape(sd.permute(w, 2, 1, 0), k * cin, cout); // [k*Cin, Cout]
    SDVariable y = sd.mmul(cols, wm).add(bias); // [B*tOut, Cout]
    return sd.reshape(y, b, tOut, cout);
  }

  /** GELU, tanh form: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))). */
  static SDVariable gelu(SameDiff sd, SDVariable x) {
    SDVariable inner = x.add(x.mul(x).mul(x).mul(0.044715)).mul(Math.sqrt(2 / Math.PI));
    return x.mul(0.5).mul(sd.math().tanh(inner).add(1.0));
  }
}
