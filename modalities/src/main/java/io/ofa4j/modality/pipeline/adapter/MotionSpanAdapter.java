package io.ofa4j.modality.pipeline.adapter;

import io.ofa4j.modality.motion.MotionAdapter;
import io.ofa4j.modality.pipeline.kit.GraphAdapter;
import io.ofa4j.modality.pipeline.kit.SpanFeatures;
import io.ofa4j.runtime.weights.ParameterStore;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The per-frame MLP motion adapter ({@code adapters.motion.*}): {@code [T, D]} to {@code [T, H]}. */
public final class MotionSpanAdapter extends GraphAdapter {
  /** Adapter name of MOTION features. */
  public static final String NAME = "adapters.motion";
  private static final String INPUT = "adapters.motion.frames";

  private final MotionAdapter adapter;
  private final int featureSize;

  /**
   * @param featureSize motion_6d width {@code 6 + 6J}
   * @param intermediateSize MLP width
   * @param hiddenSize decoder width H
   */
  public MotionSpanAdapter(int featureSize, int intermediateSize, int hiddenSize) {
    super(NAME, hiddenSize);
    this.adapter = new MotionAdapter(featureSize, intermediateSize, hiddenSize);
    this.featureSize = featureSize;
  }

  /** Width of one frame's features. */
  public int featureSize() {
    return featureSize;
  }

  @Override
  public void initialize(ParameterStore store, long seed) {
    if (!store.contains(weightKeys().get(0))) {
      adapter.initialize(store, seed, store.get("model.embed_tokens.weight").dataType());
    }
  }

  @Override
  public List<String> weightKeys() {
    return MotionAdapter.WEIGHTS.stream().map(w -> MotionAdapter.PREFIX + w).toList();
  }

  @Override
  protected SDVariable build(SameDiff sd, SpanFeatures f, ParameterStore store) {
    long t = f.values().size(0);
    SDVariable in = sd.placeHolder(INPUT, dtype(store), 1, t, featureSize);
    return adapter.build(sd, in, 1, t, store); // [1, T, H]
  }

  @Override
  protected Map<String, INDArray> placeholders(SpanFeatures f, DataType dtype) {
    INDArray v = f.values(); // [T, D]
    return Map.of(INPUT, v.castTo(dtype).reshape(1, v.size(0), v.size(1)));
  }
}
