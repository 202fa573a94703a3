package io.ofa4j.modality.vision;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The checkpoint keys and shapes of a Qwen2-VL vision tower ({@code visual.*}), with shape
 * checks on load and a random initialisation for training from scratch.
 */
public final class VisionWeights {

  /** Key prefix of the tower in Qwen2-VL checkpoints. */
  public static final String PREFIX = "visual.";

  private VisionWeights() {}

  /** Every key with its shape, in checkpoint order. */
  public static Map<String, long[]> shapes(VisionTowerConfig c) {
    long e = c.embedDim();
    Map<String, long[]> m = new LinkedHashMap<>();
    m.put(PREFIX + "patch_embed.proj.weight",
        new long[] {e, c.inChannels(), c.temporalPatchSize(), c.patchSize(), c.patchSize()});
    for (int i = 0; i < c.depth(); i++) {
      String b = PREFIX + "blocks." + i + ".";
      m.put(b + "norm1.weight", new long[] {e});
      m.put(b + "norm1.bias", new long[] {e});
      m.put(b + "norm2.weight", new long[] {e});
      m.put(b + "norm2.bias", new long[] {e});
      m.put(b + "attn.qkv.weight", new long[] {3 * e, e});
      m.put(b + "attn.qkv.bias", new long[] {3 * e});
      m.put(b + "attn.proj.weight", new long[] {e, e});
      m.put(b + "attn.proj.bias", new long[] {e});
      m.put(b + "mlp.fc1.weight", new long[] {c.mlpDim(), e});
      m.put(b + "mlp.fc1.bias", new long[] {c.mlpDim()});
      m.put(b + "mlp.fc2.weight", new long[] {e, c.mlpDim()});
      m.put(b + "mlp.fc2.bias", new long[] {e});
    }
    m.put(PREFIX + "merger.ln_q.weight", new long[] {e});
    m.put(PREFIX + "merger.ln_q.bias", new long[] {e});
    m.put(PREFIX + "merger.mlp.0.weight", new long[] {c.mergedDim(), c.mergedDim()});
    m.put(PREFIX + "merger.mlp.0.bias", new long[] {c.mergedDim()});
    m.put(PREFIX + "merger.mlp.2.weight", new long[] {c.hiddenSize(), c.mergedDim()});
    m.put(PREFIX + "merger.mlp.2.bias", new long[] {c.hiddenSize()});
    return m;
  }

  /**
   * Picks the tower's arrays out of {@code source} (a checkpoint's tensors), cast to the
   * config's type; a missing key or a wrong shape throws naming the key and both shapes.
   */
  public static Map<String, INDArray> select(VisionTowerConfig c, Map<String, INDArray> source) {
    requireNonNull(source, "source is null");
    Map<String, INDArray> out = new LinkedHashMap<>();
    for (Map.Entry<String, long[]> e : shapes(c).entrySet()) {
      INDArray a = source.get(e.getKey());
      if (a == null) {
        throw new IllegalArgumentException("missing vision weight '" + e.getKey() + "'");
      }
      if (!Arrays.equals(a.shape(), e.getValue())) {
        throw new IllegalArgumentException("vision weight '" + e.getKey() + "' must have shape "
            + Arrays.toString(e.getValue()) + ", found " + Arrays.toString(a.shape()));
      }
      out.put(e.getKey(), a.castTo(c.dataType()));
    }
    return out;
  }

  /**
   * Random weights: matrices, kernel and biases ~ N(0, 0.02), LayerNorm weights 1, LayerNorm
   * biases 0 (the Qwen2-VL {@code initializer_range}).
   */
  public static Map<String, INDArray> random(VisionTowerConfig c, long seed) {
    Random rng = new Random(seed);
    Map<String, INDArray> out = new LinkedHashMap<>();
    for (Map.Entry<String, long[]> e : shapes(c).entrySet()) {
      String k = e.getKey();
      long n = Arrays.stream(e.getValue()).reduce(1, (a, b) -> a * b);
      double[] v = new double[Math.toIntExact(n)];
      boolean norm = k.contains("norm") || k.contains("ln_q");
      for (int i = 0; i < v.length; i++) {
        v[i] = norm ? (k.endsWith("weight") ? 1.0 : 0.0) : 0.02 * rng.nextGaussian();
      }
      out.put(k, Nd4j.create(v, e.getValue(), c.dataType()));
    }
    return out;
  }
}
