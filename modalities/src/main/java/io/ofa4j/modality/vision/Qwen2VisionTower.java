package io.ofa4j.modality.vision;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.weights.ParameterStore;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The Qwen2-VL vision tower ({@code Qwen2VisionTransformerPretrainedModel}, transformers 4.57.1)
 * as a trainable SameDiff graph whose variables carry the checkpoint keys ({@code visual.*}).
 *
 * <p>Reading order: the Conv3d patch embedding is a matmul of the {@code [N, 1176]} patch rows
 * with the kernel flattened to {@code [E, 1176]} (stride = kernel, and the row columns are
 * ordered channel, temporal, y, x like the kernel); {@code depth} pre-norm blocks
 * ({@link VisionBlockBuilder}); the PatchMerger LayerNorm ({@code ln_q}), a reshape that fuses
 * each run of {@code merge^2} consecutive rows (one merge window), and Linear, exact GELU, Linear
 * to {@code [N / merge^2, hidden]}.
 *
 * <p>Attention runs over all {@code N} patches at once with an additive block mask built from
 * {@code cu_seqlens} (HF loops over the segments instead; the result is the same). Memory grows as
 * {@code heads * N^2}, which suits CPU-sized inputs; very large images should be encoded one at a
 * time.
 */
public final class Qwen2VisionTower {
  /** Placeholder {@code [N, patchDim]}: the pre-processed patch rows. */
  public static final String PIXEL_VALUES = "visual.pixel_values";
  /** Placeholder {@code [N, 1, headDim]}: rotary cosines. */
  public static final String ROTARY_COS = "visual.rotary_cos";
  /** Placeholder {@code [N, 1, headDim]}: rotary sines. */
  public static final String ROTARY_SIN = "visual.rotary_sin";
  /** Placeholder {@code [N, N]}: additive attention bias of the {@code cu_seqlens} segments. */
  public static final String ATTENTION_BIAS = "visual.attention_bias";
  /** Output {@code [N / merge^2, hidden]}. */
  public static final String OUTPUT = "visual.output";
  /** Hidden states after the patch embedding, {@code [N, E]}. */
  public static final String PATCH_EMBED = "visual.patch_embed.out";

  private final SameDiff sd;
  private final VisionTowerConfig config;

  private Qwen2VisionTower(SameDiff sd, VisionTowerConfig config) {
    this.sd = sd;
    this.config = config;
  }

  /** A tower in its own graph, initialised with {@code weights} (keys {@code visual.*}). */
  public static Qwen2VisionTower create(VisionTowerConfig config, Map<String, INDArray> weights) {
    requireNonNull(config, "config is null");
    SameDiff sd = SameDiff.create();
    var t = config.dataType();
    build(sd, config, weights,
        sd.placeHolder(PIXEL_VALUES, t, -1, config.patchDim()),
        sd.placeHolder(ROTARY_COS, t, -1, 1, config.headDim()),
        sd.placeHolder(ROTARY_SIN, t, -1, 1, config.headDim()),
        sd.placeHolder(ATTENTION_BIAS, t, -1, -1));
    return new Qwen2VisionTower(sd, config);
  }

  /**
   * A tower over the {@code visual.*} arrays of {@code store} (e.g. a checkpoint loaded with
   * {@code SafetensorsCheckpoint.load}); same-typed arrays are used as they are, not copied.
   */
  public static Qwen2VisionTower create(VisionTowerConfig config, ParameterStore store) {
    requireNonNull(store, "store is null");
    return create(config, store.asMap());
  }

  /**
   * Adds the tower to an existing graph (e.g. the decoder's training graph) and returns its
   * output {@code [N / merge^2, hidden]}, named {@link #OUTPUT}.
   */
  public static SDVariable build(SameDiff sd, VisionTowerConfig cfg, Map<String, INDArray> weights,
      SDVariable pixelValues, SDVariable cos, SDVariable sin, SDVariable bias) {
    Map<String, SDVariable> vars = new HashMap<>();
    for (Map.Entry<String, INDArray> e : VisionWeights.select(cfg, weights).entrySet()) {
      vars.put(e.getKey(), sd.var(e.getKey(), e.getValue()));
    }
    SDVariable kernel = sd.reshape(vars.get(VisionWeights.PREFIX + "patch_embed.proj.weight"),
        cfg.embedDim(), cfg.patchDim()); // [E, 1176]
    SDVariable x = sd.identity(PATCH_EMBED, sd.mmul(pixelValues, kernel, false, true, false)); // [N, E]
    VisionBlockBuilder blocks = new VisionBlockBuilder(sd, cfg, vars);
    for (int i = 0; i < cfg.depth(); i++) {
      x = blocks.block(i, x, cos, sin, bias);
    }
    String m = VisionWeights.PREFIX + "merger.";
    x = GraphOps.layerNorm(sd, x, vars.get(m + "ln_q.weight"), vars.get(m + "ln_q.bias"), cfg.layerNormEps());
    x = sd.reshape(x, -1, cfg.mergedDim()); // [N/4, 4E]: rows 4k..4k+3 are one merge window
    x = GraphOps.geluErf(sd, GraphOps.linear(sd, x, vars.get(m + "mlp.0.weight"), vars.get(m + "mlp.0.bias")));
    x = GraphOps.linear(sd, x, vars.get(m + "mlp.2.weight"), vars.get(m + "mlp.2.bias"));
    return sd.identity(OUTPUT, x);
  }

  /** The graph (for training: its variables are named by checkpoint key). */
  public SameDiff sameDiff() {
    return sd;
  }

  /** The configuration. */
  public VisionTowerConfig config() {
    return config;
  }

  /** Placeholder values for {@code pixelValues} {@code [N, patchDim]} laid out as {@code grid}. */
  public Map<String, INDArray> placeholders(INDArray pixelValues, VisionGrid grid) {
    requireNonNull(pixelValues, "pixelValues is null");
    requireNonNull(grid, "grid is null");
    long[] expected = {grid.patches(), config.patchDim()};
    if (!Arrays.equals(pixelValues.shape(), expected)) {
      throw new IllegalArgumentException("vision tower input pixel_values must have shape " + Arrays.toString(expected)
          + " for grids of " + grid.patches() + " patches, found " + Arrays.toString(pixelValues.shape()));
    }
    int n = grid.patches();
    int d = config.headDim();
    var t = config.dataType();
    Map<String, INDArray> ph = new LinkedHashMap<>();
    ph.put(PIXEL_VALUES, pixelValues.castTo(t));
    ph.put(ROTARY_COS, Nd4j.create(grid.cos(d), new long[] {n, 1, d}, t));
    ph.put(ROTARY_SIN, Nd4j.create(grid.sin(d), new long[] {n, 1, d}, t));
    ph.put(ATTENTION_BIAS, Nd4j.create(grid.attentionBias(), new long[] {n, n}, t));
    return ph;
  }

  /** Runs the tower: {@code [N / merge^2, hidden]} merged tokens, shape-checked. */
  public INDArray forward(INDArray pixelValues, VisionGrid grid) {
    INDArray out = outputs(pixelValues, grid, OUTPUT).get(OUTPUT);
    long[] expected = {grid.mergedTokens(), config.hiddenSize()};
    if (!Arrays.equals(out.shape(), expected)) {
      throw new IllegalStateException("vision tower output must have shape " + Arrays.toString(expected)
          + ", found " + Arrays.toString(out.shape()));
    }
    return out;
  }

  /** Named graph values (e.g. {@link #PATCH_EMBED}, {@code visual.blocks.0.out}, {@link #OUTPUT}). */
  public Map<String, INDArray> outputs(INDArray pixelValues, VisionGrid grid, String... names) {
    return sd.output(placeholders(pixelValues, grid), names);
  }
}
