package io.ofa4j.modality.pipeline.adapter;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.kit.GraphAdapter;
import io.ofa4j.modality.pipeline.kit.SpanFeatures;
import io.ofa4j.modality.vision.Qwen2VisionTower;
import io.ofa4j.modality.vision.VisionGrid;
import io.ofa4j.modality.vision.VisionTowerConfig;
import io.ofa4j.modality.vision.VisionWeights;
import io.ofa4j.runtime.weights.ParameterStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The Qwen2-VL vision tower ({@code visual.*}) as the adapter of IMAGE and VIDEO spans: patch rows
 * {@code [N, 1176]} of one grid {@code [t, h, w]} to merged tokens {@code [N / 4, H]}.
 *
 * <p>The spans of a micro-batch (images of any size, videos) run through the tower together, as
 * HF's {@code Qwen2VisionTransformerPretrainedModel} batches them: patch rows concatenated, one
 * {@code grid_thw} per span, attention kept inside each span's {@code cu_seqlens} segments by the
 * block-diagonal bias. Every other op is row-wise or works on whole merge windows, so each span's
 * tokens are what it would get alone.
 */
public final class VisionAdapter extends GraphAdapter {
  /** Adapter name used by IMAGE and VIDEO features. */
  public static final String NAME = "visual";

  /** The learned scale of the {@link GridPositionCode} added to the merged tokens (when on). */
  public static final String POSITION_SCALE = "visual.merger.position_scale";
  private static final String POSITION_CODE = "visual.position_code";
  // attention runs dense over the combined patches with a block mask, heads * (sum N_i)^2 instead of
  // heads * sum N_i^2: cap a group at 1024 patch rows (a 4 MiB float bias) so large images, where
  // the per-op overhead no longer dominates, go one at a time (eight 112 x 112 images are 512 rows)
  private static final long MAX_BATCH_PATCHES = 1024;

  private final VisionTowerConfig config;
  private final boolean positionCode;

  /** A tower of {@code config}; its {@code hiddenSize} is the decoder's H. */
  public VisionAdapter(VisionTowerConfig config) {
    this(config, false);
  }

  /**
   * @param config the tower; its {@code hiddenSize} is the decoder's H
   * @param positionCode whether the merged tokens get {@code position_scale * GridPositionCode}
   *     weighted per token by its pixels' saliency ({@link GridPositionCode#weightBySaliency})
   *     added (not part of Qwen2-VL: for from-scratch grounding)
   */
  public VisionAdapter(VisionTowerConfig config, boolean positionCode) {
    super(NAME, requireNonNull(config, "config is null").hiddenSize());
    this.config = config;
    this.positionCode = positionCode;
  }

  /** The tower configuration. */
  public VisionTowerConfig config() {
    return config;
  }

  @Override
  public void initialize(ParameterStore store, long seed) {
    VisionWeights.random(config, seed).forEach((k, v) -> {
      if (!store.contains(k)) {
        store.put(k, v);
      }
    });
    if (positionCode && !store.contains(POSITION_SCALE)) {
      // starts small next to the merger output, so the code guides rather than drowns the content
      store.put(POSITION_SCALE, Nd4j.scalar(config.dataType(), 0.1).reshape(1));
    }
  }

  @Override
  public List<String> weightKeys() {
    List<String> keys = new ArrayList<>(VisionWeights.shapes(config).keySet());
    if (positionCode) {
      keys.add(POSITION_SCALE);
    }
    return keys;
  }

  @Override
  protected String batchKey(SpanFeatures features) {
    return "";
  }

  @Override
  protected long batchRowLimit() {
    return MAX_BATCH_PATCHES;
  }

  @Override
  protected SpanFeatures combine(List<SpanFeatures> spans) {
    SpanFeatures rows = concatRows(spans);
    int[] grid = spans.stream().flatMapToInt(f -> IntStream.of(f.grid())).toArray(); // [t, h, w] per span
    return new SpanFeatures(rows.adapter(), rows.values(), rows.tokens(), grid);
  }

  @Override
  protected SDVariable build(SameDiff sd, SpanFeatures f, ParameterStore store) {
    int n = (int) f.values().size(0);
    int d = config.headDim();
    DataType t = dtype(store);
    SDVariable px = sd.placeHolder(Qwen2VisionTower.PIXEL_VALUES, t, n, config.patchDim());
    SDVariable cos = sd.placeHolder(Qwen2VisionTower.ROTARY_COS, t, n, 1, d);
    SDVariable sin = sd.placeHolder(Qwen2VisionTower.ROTARY_SIN, t, n, 1, d);
    SDVariable bias = sd.placeHolder(Qwen2VisionTower.ATTENTION_BIAS, t, n, n);
    Map<String, INDArray> weights = new LinkedHashMap<>();
    for (String k : VisionWeights.shapes(config).keySet()) {
      weights.put(k, store.get(k));
    }
    SDVariable out = Qwen2VisionTower.build(sd, config, weights, px, cos, sin, bias); // [N/4, H]
    if (!positionCode) {
      return out;
    }
    SDVariable code = sd.placeHolder(POSITION_CODE, t, n / (config.spatialMergeSize() * config.spatialMergeSize()),
        config.hiddenSize());
    SDVariable scale = sd.var(POSITION_SCALE, store.get(POSITION_SCALE));
    return out.add(code.mul(scale)); // [N/4, H]
  }

  @Override
  protected Map<String, INDArray> placeholders(SpanFeatures f, DataType dtype) {
    if (f.grid() == null) {
      throw new IllegalArgumentException("vision span features " + Arrays.toString(f.values().shape())
          + " carry no grid_thw");
    }
    VisionGrid grid = new VisionGrid(f.grids(), config.spatialMergeSize());
    int n = grid.patches();
    int d = config.headDim();
    Map<String, INDArray> ph = new LinkedHashMap<>();
    ph.put(Qwen2VisionTower.PIXEL_VALUES, f.values().castTo(dtype));
    ph.put(Qwen2VisionTower.ROTARY_COS, Nd4j.create(grid.cos(d), new long[] {n, 1, d}, dtype));
    ph.put(Qwen2VisionTower.ROTARY_SIN, Nd4j.create(grid.sin(d), new long[] {n, 1, d}, dtype));
    ph.put(Qwen2VisionTower.ATTENTION_BIAS, Nd4j.create(grid.attentionBias(), new long[] {n, n}, dtype));
    if (positionCode) {
      int m = config.spatialMergeSize();
      INDArray[] codes = new INDArray[f.grids().size()];
      int row = 0;
      for (int i = 0; i < codes.length; i++) {
        int[] g = f.grids().get(i);
        int patches = g[0] * g[1] * g[2];
        float[] code = GridPositionCode.code(g, m, config.hiddenSize());
        GridPositionCode.weightBySaliency(code, config.hiddenSize(),
            f.values().get(NDArrayIndex.interval(row, row + patches), NDArrayIndex.all()), m * m);
        codes[i] = Nd4j.create(code, new long[] {patches / (m * m), config.hiddenSize()}, 'c');
        row += patches;
      }
      ph.put(POSITION_CODE, (codes.length == 1 ? codes[0] : Nd4j.concat(0, codes)).castTo(dtype)); // [N/4, H], per grid in row order
    }
    return ph;
  }
}
