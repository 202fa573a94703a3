package io.ofa4j.modality.pipeline.adapter;

import io.ofa4j.modality.motion.MotionAdapter;
import io.ofa4j.runtime.weights.ParameterStore;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;

/** The per-frame MLP motion adapter ({@code adapters.motion.*}): {@code [T, D]} to {@code [T, H]}. */
public final class MotionSpanAdapter extends FrameSequenceAdapter {
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
    super(NAME, hiddenSize, INPUT, MotionAdapter.PREFIX, MotionAdapter.WEIGHTS);
    this.adapter = new MotionAdapter(featureSize, intermediateSize, hiddenSize);
    this.featureSize = featureSize;
  }

  /** Width of one frame's features. */
  public int featureSize() {
    return featureSize;
  }

  @Override
  protected long frameWidth() {
    return featureSize;
  }

  @Override
  protected void initializeWeights(ParameterStore store, long seed, DataType dtype) {
    adapter.initialize(store, seed, dtype);
  }

  @Override
  protected SDVariable buildFrames(SameDiff sd, SDVariable frames, long batch, long t, ParameterStore store) {
    return adapter.build(sd, frames, batch, t, store); // [B, T, H]
  }

  @Override
  protected boolean rowWise() {
    return true; // a per-frame MLP
  }
}
