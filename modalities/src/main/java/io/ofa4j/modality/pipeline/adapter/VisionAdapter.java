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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The Qwen2-VL vision tower ({@code visual.*}) as the adapter of IMAGE and VIDEO spans: patch rows
 * {@code [N, 1176]} of one grid {@code [t, h, w]} to merged tokens {@code [N / 4, H]}.
 */
public final class VisionAdapter extends GraphAdapter {
  /** Adapter name used by IMAGE and VIDEO features. */
  public static final String NAME = "visual";

  private final VisionTowerConfig config;

  /** A tower of {@code config}; its {@code hiddenSize} is the decoder's H. */
  public VisionAdapter(VisionTowerConfig config) {
    super(NAME, requireNonNull(config, "config is null").hiddenSize());
    this.config = config;
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
  }

  @Override
  public List<String> weightKeys() {
    return new ArrayList<>(VisionWeights.shapes(config).keySet());
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
    for (String k : weightKeys()) {
      weights.put(k, store.get(k));
    }
    return Qwen2VisionTower.build(sd, config, weights, px, cos, sin, bias); // [N/4, H]
  }

  @Override
  protected Map<String, INDArray> placeholders(SpanFeatures f, DataType dtype) {
    VisionGrid grid = new VisionGrid(List.of(f.grid()), config.spatialMergeSize());
    int n = grid.patches();
    int d = config.headDim();
    Map<String, INDArray> ph = new LinkedHashMap<>();
    ph.put(Qwen2VisionTower.PIXEL_VALUES, f.values().castTo(dtype));
    ph.put(Qwen2VisionTower.ROTARY_COS, Nd4j.create(grid.cos(d), new long[] {n, 1, d}, dtype));
    ph.put(Qwen2VisionTower.ROTARY_SIN, Nd4j.create(grid.sin(d), new long[] {n, 1, d}, dtype));
    ph.put(Qwen2VisionTower.ATTENTION_BIAS, Nd4j.create(grid.attentionBias(), new long[] {n, n}, dtype));
    return ph;
  }
}
